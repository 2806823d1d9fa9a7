import traceback


def _distributable(func):
    """Wraps the user objective so that its result or failure is sent back through a pipe."""

    def _wrapper(conn, trial):
        try:
            conn.send(("ok", func(trial)))
        except Exception:
            conn.send(("fail", traceback.format_exc()))
        finally:
            conn.close()

    return _wrapper


class EventLoop:
    def __init__(self, study, manager, objective):
        self.study = study
        self.manager = manager
        self.objective = _distributable(objective)

    def run(self, n_trials):
        self.manager.create_futures(self.study, self.objective, n_trials)
        for trial, value in self.manager.collect():
            self.study.tell(trial, value)

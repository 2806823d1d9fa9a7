import traceback


class _DistributableObjective:
    """Sends the user objective's result or failure back through a pipe."""

    def __init__(self, func):
        self.func = func

    def __call__(self, conn, trial):
        try:
            conn.send(("ok", self.func(trial)))
        except Exception:
            conn.send(("fail", traceback.format_exc()))
        finally:
            conn.close()


def _distributable(func):
    return _DistributableObjective(func)


class EventLoop:
    def __init__(self, study, manager, objective):
        self.study = study
        self.manager = manager
        self.objective = _distributable(objective)

    def run(self, n_trials):
        self.manager.create_futures(self.study, self.objective, n_trials)
        for trial, value in self.manager.collect():
            self.study.tell(trial, value)

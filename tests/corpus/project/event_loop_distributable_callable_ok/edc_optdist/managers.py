import multiprocessing


class LocalOptimizationManager:
    def __init__(self, n_jobs=2):
        self.n_jobs = n_jobs
        self._pending = []

    def create_futures(self, study, objective, n_trials):
        for _ in range(n_trials):
            trial = study.ask()
            parent, child = multiprocessing.Pipe(duplex=False)
            p = multiprocessing.Process(target=objective, args=(child, trial))
            p.start()
            self._pending.append((p, parent, trial))

    def collect(self):
        for p, conn, trial in self._pending:
            status, value = conn.recv()
            p.join()
            if status != "ok":
                raise RuntimeError(value)
            yield trial, value

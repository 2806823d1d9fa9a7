from concurrent.futures import ProcessPoolExecutor


class Scheduler:
    def __init__(self, workers=2):
        self._executor = ProcessPoolExecutor(max_workers=workers)

    def _dispatch(self, fn, args):
        return self._executor.submit(fn, *args)

    def schedule(self, fn, *args):
        return self._dispatch(fn, args)

    def close(self):
        self._executor.shutdown()

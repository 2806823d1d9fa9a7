from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Scheduler:
    def __init__(self, workers=2):
        self._executor = ProcessPoolExecutor(max_workers=workers)

    def schedule(self, fn, *args):
        return self._executor.submit(fn, *args)

    def close(self):
        self._executor.shutdown()


class ThreadScheduler:
    def __init__(self, workers=2):
        self._executor = ThreadPoolExecutor(max_workers=workers)

    def schedule(self, fn, *args):
        return self._executor.submit(fn, *args)

    def close(self):
        self._executor.shutdown()

import multiprocessing


class WorkerPool:
    """A thin pool wrapper the scanner keeps."""

    def __init__(self, processes=2):
        self._pool = multiprocessing.Pool(processes)

    def starmap(self, fn, items):
        return self._pool.starmap(fn, items)

    def close(self):
        self._pool.close()
        self._pool.join()

import multiprocessing


class WorkerPool:
    """A thin pool wrapper the scanner keeps."""

    def __init__(self, processes=2):
        self._pool = multiprocessing.Pool(processes)

    def map(self, fn, items):
        return self._pool.map(fn, items)

    def close(self):
        self._pool.close()
        self._pool.join()

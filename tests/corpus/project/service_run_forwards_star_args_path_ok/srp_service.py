from concurrent.futures import ProcessPoolExecutor


class Service:
    """Owns the process pool; callers hand it a function and its arguments."""

    def __init__(self, workers=2):
        self._pool = ProcessPoolExecutor(workers)

    def run(self, fn, *args):
        return self._pool.submit(fn, *args).result(timeout=20)

    def close(self):
        self._pool.shutdown()

import threading

try:
    from multiprocess.pool import Pool as ProcessPool
except ImportError:
    from multiprocessing.pool import Pool as ProcessPool


def guarded(pair):
    lock, item = pair
    return item


class Runner:
    def _serve(self):
        return ProcessPool(2)

    def map(self, items):
        pool = self._serve()
        lock = threading.Lock()
        try:
            return pool.map(guarded, [(lock, item) for item in items])
        finally:
            pool.close()

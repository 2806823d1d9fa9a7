try:
    from multiprocess.pool import Pool as ProcessPool
except ImportError:
    from multiprocessing.pool import Pool as ProcessPool


class Runner:
    def _serve(self):
        return ProcessPool(2)

    def map(self, function, items):
        pool = self._serve()
        try:
            return pool.map(lambda item: function(item), items)
        finally:
            pool.close()

# runtime: fork=ok spawn=ok forkserver=ok
# summary: __init__ wraps a method with lru_cache(maxsize=n)(self._inv_cov), but __getstate__ drops the wrapper and __setstate__ makes it again in the child
import multiprocessing
from functools import lru_cache


class Measure:
    def __init__(self, covariance, cache_size=8):
        self.covariance = covariance
        self.cache_size = cache_size
        self._inv_cov = lru_cache(maxsize=cache_size)(self._inv_cov)

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_inv_cov"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._inv_cov = lru_cache(maxsize=self.cache_size)(self._inv_cov)

    def _inv_cov(self, scale):
        return [[1.0 / (value * scale) for value in row] for row in self.covariance]

    def distance(self, a, b):
        inverse = self._inv_cov(1.0)
        return sum(inverse[i][i] * (a[i] - b[i]) ** 2 for i in range(len(a)))


def report(measure, queue):
    queue.put(measure.distance([1.0, 2.0], [3.0, 1.0]))


if __name__ == "__main__":
    measure = Measure([[2.0, 1.0], [1.0, 4.0]])
    queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=report, args=(measure, queue))
    proc.start()
    print(queue.get(timeout=10))
    proc.join()

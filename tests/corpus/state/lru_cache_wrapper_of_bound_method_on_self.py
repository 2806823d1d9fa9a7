# runtime: fork=ok spawn=error forkserver=error
# error-contains: not the same object as __main__.Measure._inv_cov
# summary: __init__ replaces a method by lru_cache(maxsize=n)(self._inv_cov); the wrapper is pickled by its qualname and the class attribute found there is the plain function (Stone-Soup 748)
import multiprocessing
from functools import lru_cache


class Measure:
    def __init__(self, covariance, cache_size=8):
        self.covariance = covariance
        self._inv_cov = lru_cache(maxsize=cache_size)(self._inv_cov)

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
    proc = multiprocessing.Process(target=report, args=(measure, queue))  # [PKL005]
    proc.start()
    print(queue.get(timeout=10))
    proc.join()

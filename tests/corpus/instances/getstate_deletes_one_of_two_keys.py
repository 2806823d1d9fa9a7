# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: the same service's __getstate__ deletes only the executor, so the pickled copy of the bound method's receiver still holds the lock
import threading
from concurrent.futures import ProcessPoolExecutor


class Scorer:
    def __init__(self):
        self._lock = threading.Lock()
        self._pool = ProcessPoolExecutor(max_workers=2)
        self.weight = 3

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_pool"]
        return state

    def score(self, n):
        return n * self.weight

    def score_all(self, numbers):
        return list(self._pool.map(self.score, numbers))  # [PKL009]


if __name__ == "__main__":
    scorer = Scorer()
    try:
        print(scorer.score_all([1, 2, 3]))
    finally:
        scorer._pool.shutdown()

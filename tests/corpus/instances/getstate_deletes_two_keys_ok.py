# runtime: fork=ok spawn=ok forkserver=ok
# summary: a service maps its own bound method on the executor it keeps; its __getstate__ deletes the lock and the executor in one statement (del state["_lock"], state["_pool"]), so the pickled copies hold neither
import threading
from concurrent.futures import ProcessPoolExecutor


class Scorer:
    def __init__(self):
        self._lock = threading.Lock()
        self._pool = ProcessPoolExecutor(max_workers=2)
        self.weight = 3

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"], state["_pool"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()
        self._pool = None

    def score(self, n):
        return n * self.weight

    def score_all(self, numbers):
        return list(self._pool.map(self.score, numbers))


if __name__ == "__main__":
    scorer = Scorer()
    print(scorer.score_all([1, 2, 3]))
    scorer._pool.shutdown()

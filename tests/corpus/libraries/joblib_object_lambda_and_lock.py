# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a scorer object keeps a lambda transform and a threading lock and is the function joblib's loky backend runs: cloudpickle copies the lambda by value and then stops at the lock
import threading

from joblib import Parallel, delayed


class Scorer:
    def __init__(self, factor):
        self.transform = lambda x: x * factor
        self.lock = threading.Lock()

    def __call__(self, x):
        with self.lock:
            return self.transform(x)


if __name__ == "__main__":
    scorer = Scorer(2)
    print(Parallel(n_jobs=2)(delayed(scorer)(i) for i in range(4)))  # [PKL005]

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the scorer keeps only the lambda transform (its lock is made per call): joblib's loky backend copies the lambda by value and the rest pickles
import threading

from joblib import Parallel, delayed


class Scorer:
    def __init__(self, factor):
        self.transform = lambda x: x * factor

    def __call__(self, x):
        with threading.Lock():
            return self.transform(x)


if __name__ == "__main__":
    scorer = Scorer(2)
    print(Parallel(n_jobs=2)(delayed(scorer)(i) for i in range(4)))

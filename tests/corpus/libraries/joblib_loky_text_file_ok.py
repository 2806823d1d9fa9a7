# runtime: fork=ok spawn=ok forkserver=ok
# summary: cloudpickle re-opens a text file opened for reading in the worker, so it passes (plain pickle fails)
from joblib import Parallel, delayed


def first_line(handle):
    return handle.readline().strip()


if __name__ == "__main__":
    handle = open(__file__, encoding="utf-8")
    print(Parallel(n_jobs=2)(delayed(first_line)(handle) for _ in range(2)))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same script sets its global lock only after Parallel has run, so loky copies the function with `lock = None`, which pickles
from threading import Lock

from joblib import Parallel, delayed

lock = None


def plain(i):
    return i


def locked(i):
    if lock is None:
        return i * 10
    with lock:
        return i * 10


if __name__ == "__main__":
    tasks = [plain, locked]
    print(Parallel(n_jobs=2)(delayed(f)(i) for i, f in enumerate(tasks)))
    lock = Lock()
    print(locked(3))

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: loky copies functions of the script by value with the globals they read; the script sets its global lock in the __main__ block before Parallel runs a list of functions, one of which reads it (loky issue 289)
from threading import Lock

from joblib import Parallel, delayed

lock = None
log = []


def plain(i):
    return i


def locked(i):
    with lock:
        log.append(i)
        return i * 10


if __name__ == "__main__":
    lock = Lock()
    tasks = [plain, locked]
    print(Parallel(n_jobs=2)(delayed(f)(i) for i, f in enumerate(tasks)))  # [PKL004]

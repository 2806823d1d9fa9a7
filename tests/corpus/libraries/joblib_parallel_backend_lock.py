# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: `with parallel_backend("loky")` runs Parallel() on every CPU (its n_jobs defaults to -1): the lock fails
import threading

from joblib import Parallel, delayed, parallel_backend


def work(lock, x):
    with lock:
        return x + 1


if __name__ == "__main__":
    lock = threading.Lock()
    with parallel_backend("loky"):
        print(Parallel()(delayed(work)(lock, i) for i in range(3)))  # [PKL004]

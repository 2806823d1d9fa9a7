# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: n_jobs and the loky backend come from `with parallel_config(...)`: the lock task argument still crosses to a worker
import threading

from joblib import Parallel, delayed, parallel_config


def work(lock, x):
    with lock:
        return x + 1


if __name__ == "__main__":
    lock = threading.Lock()
    with parallel_config(backend="loky", n_jobs=2):
        print(Parallel()(delayed(work)(lock, i) for i in range(3)))  # [PKL004]

# runtime: fork=ok spawn=ok forkserver=ok
# summary: a threading backend, prefer="threads" or no n_jobs set by parallel_config keeps tasks in this process: a lock is fine
import threading

from joblib import Parallel, delayed, parallel_config


def work(lock, x):
    with lock:
        return x + 1


if __name__ == "__main__":
    lock = threading.Lock()
    with parallel_config(backend="threading"):
        print(Parallel(n_jobs=2)(delayed(work)(lock, i) for i in range(3)))
    with parallel_config(prefer="threads", n_jobs=2):
        print(Parallel()(delayed(work)(lock, i) for i in range(3)))
    with parallel_config(backend="loky"):
        print(Parallel()(delayed(work)(lock, i) for i in range(3)))

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: cloudpickle copies code, not locks: a threading.Lock task argument fails under loky too
import threading

from joblib import Parallel, delayed


def work(lock, x):
    with lock:
        return x + 1


if __name__ == "__main__":
    lock = threading.Lock()
    print(Parallel(n_jobs=2)(delayed(work)(lock, i) for i in range(3)))  # [PKL004]

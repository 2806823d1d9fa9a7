# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: joblib imported under other names (`Parallel as P`, `delayed as later`) is the same loky pool
import threading

from joblib import Parallel as P
from joblib import delayed as later


def work(lock, x):
    with lock:
        return x + 1


if __name__ == "__main__":
    lock = threading.Lock()
    print(P(n_jobs=2)(later(work)(lock, i) for i in range(3)))  # [PKL004]

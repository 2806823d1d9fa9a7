# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: cloudpickle copies the local function by value, with the lock it captures from its function: the lock fails under loky
import threading

from joblib import Parallel, delayed


def count_all(items):
    lock = threading.Lock()
    seen = []

    def tally(x):
        with lock:
            seen.append(x)
        return x * 2

    return Parallel(n_jobs=2)(delayed(tally)(x) for x in items)  # [PKL004]


if __name__ == "__main__":
    print(count_all(range(3)))

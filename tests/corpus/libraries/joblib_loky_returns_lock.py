# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a loky worker's result is pickled back to the parent: a lock fails
import threading

from joblib import Parallel, delayed


def make_guard(name):
    return threading.Lock()


if __name__ == "__main__":
    with Parallel(n_jobs=2) as parallel:
        print(parallel(delayed(make_guard)(n) for n in "ab"))  # [PKL007]

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: loky's cloudpickle copies a function of the script by value with the module globals it reads; the global lock goes with it (loky issue 289)
import threading

from joblib import Parallel, delayed

LOCK = threading.Lock()


def guarded(x):
    with LOCK:
        return x * 2


if __name__ == "__main__":
    print(Parallel(n_jobs=2)(delayed(guarded)(i) for i in range(2)))  # [PKL004]

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: the delayed tasks are built into a list first, each with the same threading lock, then handed to Parallel (loky issue 289)
import threading

from joblib import Parallel, delayed


def guarded(lock, value):
    return value


if __name__ == "__main__":
    lock = threading.Lock()
    tasks = [delayed(guarded)(lock, i) for i in range(2)]  # [PKL004]
    print(Parallel(n_jobs=2)(tasks))

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: loky (joblib.externals.loky) pickles task arguments with cloudpickle: a lock fails
import threading

from joblib.externals.loky import get_reusable_executor


def guarded(lock, value):
    with lock:
        return value * 2


if __name__ == "__main__":
    executor = get_reusable_executor(max_workers=2)
    lock = threading.Lock()
    print(executor.submit(guarded, lock, 3).result())  # [PKL004]

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: loky sends initargs to every worker with cloudpickle: a threading lock fails
import threading

from joblib.externals.loky import get_reusable_executor

GUARD = None


def remember(lock):
    global GUARD
    GUARD = lock


def double(x):
    return x * 2


if __name__ == "__main__":
    executor = get_reusable_executor(
        max_workers=1, initializer=remember, initargs=(threading.Lock(),)  # [PKL004]
    )
    print(executor.submit(double, 2).result())

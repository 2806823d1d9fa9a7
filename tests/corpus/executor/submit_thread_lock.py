# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a threading.Lock passed to executor.submit fails on result()
import threading
from concurrent.futures import ProcessPoolExecutor


def describe(item):
    return type(item).__name__


if __name__ == "__main__":
    lock = threading.Lock()
    with ProcessPoolExecutor(2) as executor:
        future = executor.submit(describe, lock)  # [PKL004]
        print(future.result(timeout=10))

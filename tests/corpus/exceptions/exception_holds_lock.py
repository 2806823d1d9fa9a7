# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: an exception that keeps a lock on itself cannot be pickled back from the worker
import threading
from concurrent.futures import ProcessPoolExecutor


class Failed(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.guard = threading.Lock()


def work(value):
    raise Failed(f"item {value}")


if __name__ == "__main__":
    with ProcessPoolExecutor(1) as executor:
        future = executor.submit(work, 1)  # [PKL008]
        print(future.result(timeout=20))

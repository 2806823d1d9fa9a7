# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: __init__ calls a helper method that stores the lock on self
import multiprocessing
import threading


class Cache:
    def __init__(self):
        self.entries = {}
        self._setup()

    def _setup(self):
        self.lock = threading.Lock()


def size(cache):
    return len(cache.entries)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(size, (Cache(),)))  # [PKL005]

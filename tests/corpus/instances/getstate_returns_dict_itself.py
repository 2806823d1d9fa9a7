# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a __getstate__ that returns self.__dict__ unchanged still carries the lock
import multiprocessing
import threading


class Store:
    def __init__(self):
        self.items = [1]
        self.lock = threading.Lock()

    def __getstate__(self):
        return self.__dict__


def count(store):
    return len(store.items)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(count, (Store(),)))  # [PKL005]

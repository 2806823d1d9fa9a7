# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a __getstate__ that drops the wrong attribute still pickles the lock
import multiprocessing
import threading


class Store:
    def __init__(self):
        self.items = [1, 2]
        self.cache = {}
        self.lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state


def count(store):
    return len(store.items)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(count, (Store(),)))  # [PKL005]

# runtime: fork=ok spawn=ok forkserver=ok
# summary: __getstate__ building a new dict with the lock replaced by None
import multiprocessing
import threading


class Store:
    def __init__(self):
        self.items = [1, 2, 3]
        self.lock = threading.Lock()

    def __getstate__(self):
        return {**self.__dict__, "lock": None}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()


def count(store):
    return len(store.items)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(count, (Store(),)))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: __getstate__ returning a dict without the lock, __setstate__ recreating it
import multiprocessing
import threading


class Store:
    def __init__(self):
        self.items = [1, 2]
        self.lock = threading.Lock()

    def __getstate__(self):
        return {"items": self.items}

    def __setstate__(self, state):
        self.items = state["items"]
        self.lock = threading.Lock()


def count(store):
    return len(store.items)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(count, (Store(),)))

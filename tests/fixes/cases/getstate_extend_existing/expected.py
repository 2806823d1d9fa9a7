# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: an existing __getstate__ that forgot the lock is extended, and __setstate__ recreates it
# fix: PKL005 Extend `__getstate__`
import multiprocessing
import threading


class Cache:
    def __init__(self, name):
        self.name = name
        self.scratch = {"big": list(range(3))}
        self.lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["scratch"]
        state.pop("lock", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.scratch = {}
        self.lock = threading.Lock()  # a new lock, not shared


def describe(cache):
    return cache.name, cache.scratch


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        print(pool.map(describe, [Cache("one"), Cache("two")]))

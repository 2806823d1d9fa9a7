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
        del state["lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.scratch = {}
        self.lock = threading.Lock()


def describe(cache):
    return cache.name, cache.scratch


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        print(pool.map(describe, [Cache("one"), Cache("two")]))

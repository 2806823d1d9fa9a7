# runtime: fork=ok spawn=ok forkserver=ok
# summary: a subclass inherits a __getstate__ that leaves the lock out
import multiprocessing
import threading


class Guarded:
    def __init__(self):
        self.lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()


class Counter(Guarded):
    def __init__(self, start):
        super().__init__()
        self.value = start


def value(counter):
    return counter.value


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(value, [Counter(1), Counter(2)]))

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a __slots__ class has no __dict__, but pickle still copies its slot holding a lock
import multiprocessing
import threading


class Slot:
    __slots__ = ("name", "lock")

    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()


def name(slot):
    return slot.name


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(name, (Slot("a"),)))  # [PKL005]

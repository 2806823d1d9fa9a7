# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'weakref.ReferenceType' object
# summary: a feature cache keeps its Manager on self and goes to a Process: spawning lets the manager's authkey through, its server process's weak references fail
import multiprocessing
from multiprocessing import Manager


class FeatureCache:
    def __init__(self, size):
        self.manager = Manager()
        self.slots = self.manager.list([None] * size)


def fill(cache):
    cache.slots[0] = "ready"


if __name__ == "__main__":
    cache = FeatureCache(3)
    worker = multiprocessing.Process(target=fill, args=(cache,))  # [PKL005]
    worker.start()
    worker.join()
    print(worker.exitcode, list(cache.slots))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of CPython issue 139801: the proxy of a manager started with its own authkey goes to a Process as an argument; spawning pickles the key with it and fork inherits it, so the child is let in
import multiprocessing
from multiprocessing.managers import BaseManager


class Counter:
    def __init__(self):
        self.count = 0

    def add(self, amount):
        self.count += amount
        return self.count


class CounterManager(BaseManager):
    pass


CounterManager.register("Counter", Counter)


def bump(counter, results):
    results.put(counter.add(1))


if __name__ == "__main__":
    manager = CounterManager(address=("127.0.0.1", 0), authkey=b"team-secret")
    manager.start()
    try:
        counter = manager.Counter()
        results = multiprocessing.Queue()
        child = multiprocessing.Process(target=bump, args=(counter, results))
        child.start()
        print(results.get(timeout=20))
        child.join()
    finally:
        manager.shutdown()

# runtime: fork=error spawn=error forkserver=error
# error-contains: AuthenticationError
# summary: a proxy of a BaseManager started with authkey=b"..." is sent as a Pool task argument: the pickled proxy carries no key outside spawning, the pool worker connects with its own process key and is rejected (CPython issue 139801, reproduced blind)
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


def bump(counter):
    return counter.add(1)


if __name__ == "__main__":
    manager = CounterManager(address=("127.0.0.1", 0), authkey=b"team-secret")
    manager.start()
    try:
        counter = manager.Counter()
        with multiprocessing.Pool(1) as pool:
            print(pool.apply_async(bump, (counter,)).get(timeout=5))  # [PKL004]
    finally:
        manager.shutdown()

# runtime: fork=ok spawn=error forkserver=error
# error-contains: local object 'run.<locals>.<lambda>'
# summary: entering `with Manager()` starts it: the lambda registered in the function goes with the registry
from multiprocessing.managers import BaseManager


class Counter:
    def __init__(self):
        self.value = 0

    def bump(self):
        self.value += 1
        return self.value


class CounterManager(BaseManager):
    pass


def run():
    CounterManager.register("Counter", Counter)
    CounterManager.register("make_default", lambda: Counter())  # [PKL001]
    with CounterManager() as manager:
        counter = manager.Counter()
        print(counter.bump())


if __name__ == "__main__":
    run()

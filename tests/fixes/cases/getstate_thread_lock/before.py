# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a threading.Lock attribute is dropped from the state and recreated after unpickling
# fix: PKL005 Add `__getstate__`
# round-trip: Counter(10)
import multiprocessing
import threading


class Counter:
    def __init__(self, start):
        self.value = start
        self.guard = threading.Lock()

    def bump(self, amount):
        with self.guard:
            self.value += amount
        return self.value


def work(counter, amount):
    return counter.bump(amount)


if __name__ == "__main__":
    counter = Counter(10)
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(work, [(counter, 1), (counter, 5)]))

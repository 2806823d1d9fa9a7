# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: pickling an instance copies its attributes, and one of them is a lock
import multiprocessing
import threading


class Tally:
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()


def describe(tally):
    return f"tally {tally.name}"


if __name__ == "__main__":
    tally = Tally("apples")
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(describe, (tally,)))

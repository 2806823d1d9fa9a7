# runtime: fork=ok spawn=ok forkserver=ok
# summary: __getstate__ leaves the lock out and __setstate__ makes a fresh one
import multiprocessing
import threading


class Tally:
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()


def describe(tally):
    return f"tally {tally.name}"


if __name__ == "__main__":
    tally = Tally("apples")
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(describe, (tally,)))

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: only the lock is left out: the data the worker adds comes back to the parent intact
# fix: PKL005 Add `__getstate__`
# round-trip: Tally("a")
import multiprocessing
import threading


class Tally:
    def __init__(self, name):
        self.name = name
        self.items = []
        self.lock = threading.RLock()

    def add(self, item):
        with self.lock:
            self.items.append(item)

    def __getstate__(self):
        # `lock`: not pickled as is, see __setstate__
        state = self.__dict__.copy()
        state.pop("lock", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.RLock()  # a new lock, not shared


def fill(tally, count):
    for item in range(count):
        tally.add(item * item)
    return tally


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        tallies = pool.starmap(fill, [(Tally("a"), 3), (Tally("b"), 4)])
    print([(tally.name, tally.items) for tally in tallies])
    tallies[0].add(100)
    print(tallies[0].items)

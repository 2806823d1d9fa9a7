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
        return {"name": self.name, "items": self.items}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.RLock()


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

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: pool workers get a Manager dict proxy in their starmap task tuples and store endpoint statistics objects (holding a threading.RLock) into it; the proxy pickles each stored value to the manager process
import threading
from multiprocessing import Manager, Pool

LATENCIES = {"/login": [12.0, 15.5], "/search": [40.0]}


class EndpointStats:
    def __init__(self, name):
        self.name = name
        self.hits = 0
        self._guard = threading.RLock()

    def record(self, ms):
        with self._guard:
            self.hits += 1


def measure(shared, name):
    stats = EndpointStats(name)
    for ms in LATENCIES[name]:
        stats.record(ms)
    shared[name] = stats  # [PKL005]
    return name


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict()
        with Pool(2) as pool:
            print(pool.starmap(measure, [(shared, name) for name in LATENCIES]))
        print(sorted(shared.keys()))

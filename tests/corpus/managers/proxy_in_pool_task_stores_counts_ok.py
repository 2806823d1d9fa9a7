# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same workers store only the hit count into the Manager dict proxy they get in their task tuples; the statistics object with its lock stays in the worker
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
    shared[name] = stats.hits
    return name


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict()
        with Pool(2) as pool:
            print(pool.starmap(measure, [(shared, name) for name in LATENCIES]))
        print(sorted(shared.items()))

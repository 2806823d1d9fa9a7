# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same comparison over self.reports.values(), but each report drops its lock and cache in __getstate__ and makes a new lock in __setstate__
import threading
from multiprocessing import Pool


class Report:
    def __init__(self, name, values):
        self.name = name
        self.values = values
        self._cache = {}
        self._cache_lock = threading.RLock()

    def __getstate__(self):
        return {"name": self.name, "values": self.values}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {}
        self._cache_lock = threading.RLock()

    def mean(self):
        with self._cache_lock:
            return self._cache.setdefault("mean", sum(self.values) / len(self.values))


def summarize_one(report):
    return report.name, report.mean()


class Comparison:
    def __init__(self, reports):
        self.reports = reports

    def summarize(self):
        with Pool(2) as pool:
            return dict(pool.map(summarize_one, self.reports.values()))


if __name__ == "__main__":
    reports = {"a": Report("a", [1.0, 2.0]), "b": Report("b", [3.0, 5.0])}
    print(Comparison(reports).summarize())

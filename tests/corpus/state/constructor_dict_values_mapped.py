# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a comparison object keeps the dict of reports its caller built and maps a summary over self.reports.values(); each report memoises behind a threading.RLock, pickled with every task (skore 1905, reproduced blind with joblib)
import threading
from multiprocessing import Pool


class Report:
    def __init__(self, name, values):
        self.name = name
        self.values = values
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
            return dict(pool.map(summarize_one, self.reports.values()))  # [PKL005]


if __name__ == "__main__":
    reports = {"a": Report("a", [1.0, 2.0]), "b": Report("b", [3.0, 5.0])}
    print(Comparison(reports).summarize())

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: the worker fits a binning object and returns it; `fit()` calls the base class's `_setup_logging()`, which keeps a logger wrapper holding a StreamHandler (and its lock) on the object (optbinning 103)
import logging
import multiprocessing
import sys


class LoggerWrapper:
    def __init__(self, name):
        self.logger = logging.getLogger(name)
        self.handler = logging.StreamHandler(sys.stderr)


class BaseBinning:
    def _setup_logging(self):
        self._class_logger = LoggerWrapper(__name__)


class OptimalBinning(BaseBinning):
    def __init__(self, name):
        self.name = name
        self.splits = []

    def fit(self, values):
        self._setup_logging()
        ordered = sorted(values)
        self.splits = ordered[1::2]
        return self


def fit_variable(name, values):
    binning = OptimalBinning(name)
    binning.fit(values)
    return binning


if __name__ == "__main__":
    tasks = [("age", [21, 35, 47]), ("income", [10, 40, 35])]
    with multiprocessing.Pool(2) as pool:
        fitted = pool.starmap(fit_variable, tasks)  # [PKL007]
    print([b.splits for b in fitted])

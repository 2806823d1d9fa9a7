# runtime: fork=error spawn=error forkserver=error
# error-contains: RLock
# summary: __init__ unpacks what a logging helper returns into self.logger and self.handlers; the handlers list holds a StreamHandler, whose RLock goes with every task of the bound method (joblib issue 634's shape, reproduced blind)
import logging
import multiprocessing
import sys


def setup_logging(name):
    logger = logging.getLogger(name)
    handler = logging.StreamHandler(sys.stdout)
    logger.addHandler(handler)
    return logger, [handler]


class Ensemble:
    def __init__(self, weights):
        self.weights = weights
        self.logger, self.handlers = setup_logging("ensemble")

    def score(self, x):
        return sum(w * x for w in self.weights)


if __name__ == "__main__":
    model = Ensemble([0.5, 0.25])
    with multiprocessing.Pool(2) as pool:
        print(pool.map(model.score, range(4)))  # [PKL009]

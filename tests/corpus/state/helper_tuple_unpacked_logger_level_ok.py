# runtime: fork=ok spawn=ok forkserver=ok
# summary: __init__ unpacks what a logging helper returns into self.logger and self.level: a logger pickles by its name and the level is a number, so the bound method's tasks pickle
import logging
import multiprocessing
import sys


def setup_logging(name):
    logger = logging.getLogger(name)
    logger.addHandler(logging.StreamHandler(sys.stdout))
    return logger, logging.INFO


class Ensemble:
    def __init__(self, weights):
        self.weights = weights
        self.logger, self.level = setup_logging("ensemble")

    def score(self, x):
        return sum(w * x for w in self.weights)


if __name__ == "__main__":
    model = Ensemble([0.5, 0.25])
    with multiprocessing.Pool(2) as pool:
        print(pool.map(model.score, range(4)))

import random

from .eventloop import EventLoop
from .managers import LocalOptimizationManager


class Trial:
    def __init__(self, number, seed):
        self.number = number
        self._rng = random.Random(seed + number)
        self.params = {}

    def suggest_float(self, name, low, high):
        value = self._rng.uniform(low, high)
        self.params[name] = value
        return value


class DistributedStudy:
    def __init__(self, seed=0):
        self.seed = seed
        self.trials = []
        self.best_value = float("inf")

    def ask(self):
        trial = Trial(len(self.trials), self.seed)
        self.trials.append(trial)
        return trial

    def tell(self, trial, value):
        self.best_value = min(self.best_value, value)

    def optimize(self, objective, n_trials):
        EventLoop(self, LocalOptimizationManager(), objective).run(n_trials)

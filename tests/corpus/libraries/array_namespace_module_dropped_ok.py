# runtime: fork=ok spawn=ok forkserver=ok
# summary: the spline's cached array namespace is dropped by `__getstate__` and restored by `__setstate__`, so the partial given to Pool.map pickles
import functools
import multiprocessing

import numpy as np


class Spline:
    def __init__(self, x, y):
        self.coefficients = np.polyfit(np.asarray(x), np.asarray(y), 2)
        self._xp = np

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_xp"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._xp = np

    def __call__(self, t):
        return self._xp.polyval(self.coefficients, t)


def cost(shift, spline, t):
    return float(np.sum(spline(t + shift) ** 2))


def best_shift(t, values, shifts):
    spline = Spline(t, values)
    task = functools.partial(cost, spline=spline, t=t)
    with multiprocessing.Pool(2) as pool:
        costs = pool.map(task, shifts)
    return shifts[int(np.argmin(costs))]


if __name__ == "__main__":
    grid = np.linspace(0.0, 1.0, 20)
    print(best_shift(grid, np.sin(grid), [0.0, 0.1, 0.2]))

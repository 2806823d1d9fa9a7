# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'module' object
# summary: a spline object caches its array namespace (`self._xp = np`) and travels inside a partial given to Pool.map
import functools
import multiprocessing

import numpy as np


class Spline:
    def __init__(self, x, y):
        self.coefficients = np.polyfit(np.asarray(x), np.asarray(y), 2)
        self._xp = np

    def __call__(self, t):
        return self._xp.polyval(self.coefficients, t)


def cost(shift, spline, t):
    return float(np.sum(spline(t + shift) ** 2))


def best_shift(t, values, shifts):
    spline = Spline(t, values)
    task = functools.partial(cost, spline=spline, t=t)
    with multiprocessing.Pool(2) as pool:
        costs = pool.map(task, shifts)  # [PKL005]
    return shifts[int(np.argmin(costs))]


if __name__ == "__main__":
    grid = np.linspace(0.0, 1.0, 20)
    print(best_shift(grid, np.sin(grid), [0.0, 0.1, 0.2]))

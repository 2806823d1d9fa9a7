# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'module' object
# summary: dynesty-style sampler keeps `pool.map` as `self.M` and maps its own bound method with it; the sampler's state (after `__getstate__` drops the pool) still holds the module `numpy.random`
import multiprocessing

import numpy as np


def loglike(x):
    return float(-0.5 * np.sum(x**2))


class Sampler:
    def __init__(self, loglikelihood, npdim, rstate=None, pool=None):
        self.loglikelihood = loglikelihood
        self.npdim = npdim
        if rstate is None:
            rstate = np.random
        self.rstate = rstate
        self.pool = pool
        self.M = pool.map if pool is not None else map

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["pool"]
        del state["M"]
        return state

    def evaluate(self, u):
        return self.loglikelihood(np.asarray(u))

    def sample(self, n):
        points = [np.linspace(0, 1, self.npdim) * i for i in range(n)]
        return list(self.M(self.evaluate, points))  # [PKL009]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(Sampler(loglike, 3, pool=pool).sample(4))

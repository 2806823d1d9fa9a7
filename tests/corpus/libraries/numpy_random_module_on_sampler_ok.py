# runtime: fork=ok spawn=ok forkserver=ok
# summary: the fix of dynesty PR 130's shape: the sampler defaults `rstate` to a numpy Generator (`np.random.default_rng(0)`), an object that pickles, so its bound method maps over a Pool
import multiprocessing

import numpy as np


def loglike(x):
    return float(-0.5 * np.sum(x**2))


class Sampler:
    def __init__(self, loglikelihood, npdim, rstate=None):
        self.loglikelihood = loglikelihood
        self.npdim = npdim
        if rstate is None:
            rstate = np.random.default_rng(0)
        self.rstate = rstate

    def evaluate(self, u):
        return self.loglikelihood(np.asarray(u))


if __name__ == "__main__":
    sampler = Sampler(loglike, 3)
    points = [np.linspace(0, 1, 3) * i for i in range(4)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(sampler.evaluate, points))

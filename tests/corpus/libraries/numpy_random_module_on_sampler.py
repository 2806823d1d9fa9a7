# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'module' object
# summary: dynesty PR 130's shape: a sampler defaults `rstate` to the numpy.random module (`if rstate is None: rstate = np.random`) and keeps it on self; mapping its bound likelihood method over a Pool pickles the sampler with the module under every start method
import multiprocessing

import numpy as np


def loglike(x):
    return float(-0.5 * np.sum(x**2))


class Sampler:
    def __init__(self, loglikelihood, npdim, rstate=None):
        self.loglikelihood = loglikelihood
        self.npdim = npdim
        if rstate is None:
            rstate = np.random
        self.rstate = rstate

    def evaluate(self, u):
        return self.loglikelihood(np.asarray(u))


if __name__ == "__main__":
    sampler = Sampler(loglike, 3)
    points = [np.linspace(0, 1, 3) * i for i in range(4)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(sampler.evaluate, points))  # [PKL009]

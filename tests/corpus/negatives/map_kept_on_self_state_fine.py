# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of a sampler keeping `pool.map` as `self.M`: `__getstate__` drops the pool and its bound method, the rest (a module-level function and numbers) pickles
import multiprocessing


def loglike(x):
    return -0.5 * x * x


class Sampler:
    def __init__(self, loglikelihood, pool=None):
        self.loglikelihood = loglikelihood
        self.scale = 2.0
        self.pool = pool
        self.M = pool.map if pool is not None else map

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["pool"]
        del state["M"]
        return state

    def evaluate(self, u):
        return self.loglikelihood(u * self.scale)

    def sample(self, n):
        return list(self.M(self.evaluate, range(n)))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(Sampler(loglike, pool=pool).sample(4))

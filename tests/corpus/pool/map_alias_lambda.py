# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'run.<locals>.<lambda>'
# summary: emcee-style ensemble picks `map_fn = self.pool.map if self.pool is not None else map` and maps the user's log-probability, a lambda, over the walkers
import multiprocessing


class Ensemble:
    def __init__(self, log_prob, pool=None):
        self.log_prob = log_prob
        self.pool = pool

    def compute(self, coords):
        map_fn = self.pool.map if self.pool is not None else map
        return list(map_fn(self.log_prob, coords))  # [PKL001]


def run(pool):
    ensemble = Ensemble(lambda x: -(x**2), pool=pool)
    return ensemble.compute([0.5, 1.0, 2.0])


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(run(pool))

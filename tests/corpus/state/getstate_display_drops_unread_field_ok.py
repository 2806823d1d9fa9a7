# runtime: fork=ok spawn=ok forkserver=ok
# summary: the scorer's __getstate__ leaves out only a cache the bound method never reads (it rebuilds it when missing through getattr)
from multiprocessing import Pool


class Scorer:
    def __init__(self, name, weights):
        self.name = name
        self.weights = weights
        self.cache = {}

    def __getstate__(self):
        return {"name": self.name, "weights": self.weights}

    def score(self, row):
        cache = getattr(self, "cache", {})
        return cache.get(row, sum(w * x for w, x in zip(self.weights, row)))


if __name__ == "__main__":
    scorer = Scorer("linear", [0.5, 2.0])
    with Pool(2) as pool:
        print(pool.map(scorer.score, [(1, 2), (3, 4)]))

# runtime: fork=error spawn=error forkserver=error
# error-contains: 'Scorer' object has no attribute 'weights'
# summary: a scorer's __getstate__ returns a dict of the fields it thinks matter and forgets weights; the pool runs its bound method, which reads self.weights on the copy
from multiprocessing import Pool


class Scorer:
    def __init__(self, name, weights):
        self.name = name
        self.weights = weights

    def __getstate__(self):
        return {"name": self.name}

    def score(self, row):
        return sum(w * x for w, x in zip(self.weights, row))


if __name__ == "__main__":
    scorer = Scorer("linear", [0.5, 2.0])
    with Pool(2) as pool:
        print(pool.map(scorer.score, [(1, 2), (3, 4)]))  # [PKL015]

# runtime: fork=error spawn=error forkserver=error
# error-contains: pool objects cannot be passed between processes or pickled
# summary: a Scorer is given its pool by whoever makes it (one caller passes none and scores serially); `self.pool.map(self.score, rows)` pickles the bound method with its instance, which holds the very pool it runs on
import multiprocessing


class Scorer:
    def __init__(self, weight, pool=None):
        self.weight = weight
        self.pool = pool

    def score(self, row):
        return self.weight * sum(row)

    def score_all(self, rows):
        if self.pool is None:
            return [self.score(row) for row in rows]
        return self.pool.map(self.score, rows)  # [PKL011]


if __name__ == "__main__":
    rows = [[1, 2], [3, 4], [5, 6]]
    print(Scorer(2).score_all(rows))
    with multiprocessing.Pool(2) as pool:
        print(Scorer(3, pool=pool).score_all(rows))

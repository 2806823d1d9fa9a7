# runtime: fork=ok spawn=ok forkserver=ok
# summary: the Scorer that maps its own bound method over its pool drops the pool in __getstate__, so the instance travels to the workers without it
import multiprocessing


class Scorer:
    def __init__(self, weight, pool=None):
        self.weight = weight
        self.pool = pool

    def __getstate__(self):
        state = self.__dict__.copy()
        state["pool"] = None
        return state

    def score(self, row):
        return self.weight * sum(row)

    def score_all(self, rows):
        if self.pool is None:
            return [self.score(row) for row in rows]
        return self.pool.map(self.score, rows)


if __name__ == "__main__":
    rows = [[1, 2], [3, 4], [5, 6]]
    print(Scorer(2).score_all(rows))
    with multiprocessing.Pool(2) as pool:
        print(Scorer(3, pool=pool).score_all(rows))

# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle
# summary: a Pool handed to a scorer's constructor and kept on self: a method maps a lambda over it
import multiprocessing


class Scorer:
    def __init__(self, pool, weight):
        self.pool = pool
        self.weight = weight

    def score(self, rows):
        weight = self.weight
        return self.pool.map(lambda row: sum(row) * weight, rows)  # [PKL001]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(Scorer(pool, 2).score([[1, 2], [3, 4]]))

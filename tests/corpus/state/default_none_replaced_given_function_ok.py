# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same constructor is given a module-level function, so the branch that makes the lambda never runs and the bound method pickles
import multiprocessing


def first_column(row):
    return row[0]


class Sorter:
    def __init__(self, key=None):
        if key is None:
            key = lambda row: row[0]
        self.key = key

    def rank(self, rows):
        return sorted(rows, key=self.key)


if __name__ == "__main__":
    sorter = Sorter(key=first_column)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(sorter.rank, [[(2, "b"), (1, "a")], [(4, "d"), (3, "c")]]))

# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'Sorter.__init__.<locals>.<lambda>'
# summary: a parameter left to its default None is replaced by a lambda in __init__ and kept on self; the bound method sent to the pool pickles it
import multiprocessing


class Sorter:
    def __init__(self, key=None):
        if key is None:
            key = lambda row: row[0]
        self.key = key

    def rank(self, rows):
        return sorted(rows, key=self.key)


if __name__ == "__main__":
    sorter = Sorter()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(sorter.rank, [[(2, "b"), (1, "a")], [(4, "d"), (3, "c")]]))  # [PKL009]

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a callable instance (__call__) kept on self holds a sqlite connection; pool.map(self.scorer, ...) pickles it
import multiprocessing
import sqlite3


class Scorer:
    def __init__(self):
        self.db = sqlite3.connect(":memory:")

    def __call__(self, value):
        return value * 2


class Job:
    def __init__(self):
        self.scorer = Scorer()

    def run(self, values):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.scorer, values)  # [PKL005]


if __name__ == "__main__":
    print(Job().run([1, 2, 3]))

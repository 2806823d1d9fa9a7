# runtime: fork=ok spawn=ok forkserver=ok
# summary: the connection attribute is only created by a method the worker calls
import multiprocessing
import sqlite3


class Repository:
    def __init__(self, path):
        self.path = path
        self.connection = None

    def connect(self):
        self.connection = sqlite3.connect(self.path)
        return self.connection


def answer(repository):
    return repository.connect().execute("select 6 * 7").fetchone()[0]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(answer, [Repository(":memory:")]))

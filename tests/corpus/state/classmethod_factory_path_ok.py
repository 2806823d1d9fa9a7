# runtime: fork=ok spawn=ok forkserver=ok
# summary: a classmethod factory returns cls(path): the store keeps the path and each worker connects itself
import sqlite3
from concurrent.futures import ProcessPoolExecutor


class Store:
    def __init__(self, path):
        self.path = path

    @classmethod
    def open(cls, path):
        return cls(path)

    def connect(self):
        return sqlite3.connect(self.path)


def count_tables(store):
    return store.connect().execute("select count(*) from sqlite_master").fetchone()[0]


if __name__ == "__main__":
    store = Store.open(":memory:")
    with ProcessPoolExecutor(2) as executor:
        print(executor.submit(count_tables, store).result())

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a classmethod factory returns cls(connection): the store it makes holds a sqlite connection and is submitted as a task argument
import sqlite3
from concurrent.futures import ProcessPoolExecutor


class Store:
    def __init__(self, connection):
        self.connection = connection

    @classmethod
    def open(cls, path):
        return cls(sqlite3.connect(path))


def count_tables(store):
    return store.connection.execute("select count(*) from sqlite_master").fetchone()[0]


if __name__ == "__main__":
    store = Store.open(":memory:")
    with ProcessPoolExecutor(2) as executor:
        print(executor.submit(count_tables, store).result())  # [PKL005]

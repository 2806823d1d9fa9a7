# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: __init__ appends a sqlite connection per loop round to self.connections; imap sends each
import multiprocessing
import sqlite3


def count(conn):
    return conn.total_changes


class Store:
    def __init__(self, n):
        self.connections = []
        for _ in range(n):
            self.connections.append(sqlite3.connect(":memory:"))

    def counts(self):
        with multiprocessing.Pool(2) as pool:
            return list(pool.imap(count, self.connections))  # [PKL004]


if __name__ == "__main__":
    print(Store(2).counts())

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a worker returning a sqlite3 connection built by a helper fails
import multiprocessing
import sqlite3


def connect():
    return sqlite3.connect(":memory:")


def worker(_):
    connection = connect()
    return connection


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(worker, [0]))  # [PKL007]

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a connection passed through a helper's parameter reaches the pool call inside it
import multiprocessing
import sqlite3


def describe(item):
    return type(item).__name__


def dispatch(pool, resource):
    return pool.map(describe, [resource])  # [PKL004]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(dispatch(pool, sqlite3.connect(":memory:")))

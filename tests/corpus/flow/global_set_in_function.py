# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a module global assigned a connection inside a setup function reaches a task
import multiprocessing
import sqlite3

DATABASE = None


def setup():
    global DATABASE
    DATABASE = sqlite3.connect(":memory:")


def describe(item):
    return type(item).__name__


if __name__ == "__main__":
    setup()
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(describe, (DATABASE,)))  # [PKL004]

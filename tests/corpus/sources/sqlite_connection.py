# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a sqlite3 connection passed to a Pool task fails
import multiprocessing
import sqlite3


def count(connection):
    return connection.execute("select 1").fetchone()


if __name__ == "__main__":
    connection = sqlite3.connect(":memory:")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(count, [connection]))  # [PKL004]

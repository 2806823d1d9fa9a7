# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Cursor' object
# summary: a worker returns what conn.execute() returns, a sqlite3 Cursor, which cannot be sent back to the parent
import multiprocessing
import sqlite3


def fetch(n):
    conn = sqlite3.connect(":memory:")
    return conn.execute("select ?", (n,))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(fetch, [1, 2]))  # [PKL007]

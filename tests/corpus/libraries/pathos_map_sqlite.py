# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: dill rejects a sqlite3 connection: sending one to a pathos pool fails
import sqlite3

from pathos.pools import ProcessPool


def tables(connection):
    return connection.execute("select count(*) from sqlite_master").fetchone()[0]


if __name__ == "__main__":
    connections = [sqlite3.connect(":memory:") for _ in range(2)]
    pool = ProcessPool(nodes=2)
    print(pool.map(tables, connections))  # [PKL004]

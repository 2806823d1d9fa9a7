# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: the worker gets the database path instead of the connection and connects itself
# fix: PKL004 Send the path of `connection`
import os
import sqlite3
import tempfile
from concurrent.futures import ProcessPoolExecutor


def count(connection, table):
    # a connection cannot be pickled: the worker gets its path and opens it
    connection = sqlite3.connect(connection)
    return connection.execute(f"select count(*) from {table}").fetchone()[0]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        database = os.path.join(folder, "data.db")
        connection = sqlite3.connect(database)
        connection.execute("create table items (name text)")
        connection.executemany("insert into items values (?)", [("a",), ("b",), ("c",)])
        connection.commit()
        with ProcessPoolExecutor(max_workers=1) as executor:
            print(executor.submit(count, database, "items").result())
        connection.close()

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a method pickles its parameter as a task argument and every call of it on an instance of its class passes a sqlite connection
import sqlite3
from multiprocessing import Pool


def count_rows(conn, table):
    return conn.execute(f"select count(*) from {table}").fetchone()[0]


class Exporter:
    def __init__(self, tables):
        self.tables = tables

    def export(self, conn):
        with Pool(2) as pool:
            return pool.starmap(count_rows, [(conn, table) for table in self.tables])  # [PKL004]


if __name__ == "__main__":
    exporter = Exporter(["users"])
    connection = sqlite3.connect(":memory:")
    connection.execute("create table users (name text)")
    print(exporter.export(connection))

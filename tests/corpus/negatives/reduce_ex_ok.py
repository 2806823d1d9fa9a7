# runtime: fork=ok spawn=ok forkserver=ok
# summary: __reduce_ex__ that rebuilds a connection wrapper from its path works
import multiprocessing
import sqlite3


class Database:
    def __init__(self, path):
        self.path = path
        self.connection = sqlite3.connect(path)

    def __reduce_ex__(self, protocol):
        return (Database, (self.path,))


def query(database):
    return database.connection.execute("select 41 + 1").fetchone()[0]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(query, [Database(":memory:")]))

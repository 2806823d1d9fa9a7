import multiprocessing as mp
import sqlite3


class DB:
    def __init__(self, path):
        self.path = path
        self.conn = None

    def connect(self):
        self.conn = sqlite3.connect(self.path)

    def close(self):
        self.conn.close()
        self.conn = None


def w(x):
    return 1


if __name__ == "__main__":
    db = DB(":memory:")
    db.connect()
    db2 = DB(":memory:")
    db2.connect()
    db2.close()
    db3 = DB(":memory:")
    db3.connect()
    db3.conn = None
    with mp.Pool(2) as p:
        p.map(w, [db])  # PKL005
        p.map(w, [db2])  # ok
        p.map(w, [db3])  # ok

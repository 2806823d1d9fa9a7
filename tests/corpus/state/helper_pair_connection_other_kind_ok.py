# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same reader configured with kind "folder": the helper's pair holds None for the connection and file names (look-alike of BasicSR 49)
import multiprocessing
import os
import sqlite3
import tempfile


def open_source(kind, root):
    connection, names = None, None
    if root is not None:
        if kind == "sqlite":
            connection = sqlite3.connect(os.path.join(root, "rows.db"))
            names = [row[0] for row in connection.execute("SELECT name FROM rows")]
        else:
            names = sorted(os.listdir(root))
    return connection, names


class Reader:
    def __init__(self, opt):
        self.opt = opt
        self.connection, self.names = open_source(opt["kind"], opt["root"])

    def __call__(self, index):
        return f"{self.opt['kind']}:{index}"


def prepare(root):
    with sqlite3.connect(os.path.join(root, "rows.db")) as db:
        db.execute("CREATE TABLE rows (name TEXT)")
        db.executemany("INSERT INTO rows VALUES (?)", [("a",), ("b",)])
    db.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        os.mkdir(os.path.join(scratch, "data"))
        prepare(os.path.join(scratch, "data"))
        opt = {"kind": "folder", "root": os.path.join(scratch, "data")}
        reader = Reader(opt)
        with multiprocessing.Pool(2) as pool:
            print(pool.map(reader, range(4)))

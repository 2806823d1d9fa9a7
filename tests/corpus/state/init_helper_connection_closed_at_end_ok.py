# runtime: fork=ok spawn=ok forkserver=ok
# summary: the dataset's `__init__` opens its sqlite connection through helper methods to read the index, then calls `self._close_connection()`, which closes it and sets it to None; the process object pickles a dataset without a connection, which reopens lazily (graphnet 243)
import multiprocessing
import os
import sqlite3
import tempfile


class EventDataset:
    def __init__(self, path):
        self._path = path
        self._conn = None
        self._indices = [row[0] for row in self._query("SELECT event_no FROM truth")]
        self._close_connection()

    def _establish_connection(self):
        if self._conn is None:
            self._conn = sqlite3.connect(self._path)
        return self

    def _close_connection(self):
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        return self

    def _query(self, sql):
        self._establish_connection()
        return self._conn.execute(sql).fetchall()

    def energy(self, i):
        return self._query(f"SELECT energy FROM truth WHERE event_no = {self._indices[i]}")[0][0]


def report(dataset, out):
    out.put([dataset.energy(i) for i in range(3)])


def make_db(path):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE truth (event_no INTEGER, energy REAL)")
    connection.executemany("INSERT INTO truth VALUES (?, ?)", [(n, n * 1.5) for n in range(3)])
    connection.commit()
    connection.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "events.db")
        make_db(path)
        out = multiprocessing.Queue()
        child = multiprocessing.Process(target=report, args=(EventDataset(path), out))
        child.start()
        print(out.get(timeout=10))
        child.join()

import sqlite3
from contextlib import closing


class SQliteReader:
    """Keeps the path only: the connection is opened on first use, in the process that reads."""

    def __init__(self, path, table="contents"):
        self.path = path
        self.table = table
        self._conn = None

    def _connection(self):
        if self._conn is None:
            self._conn = sqlite3.connect(self.path)
        return self._conn

    def count(self):
        with closing(sqlite3.connect(self.path)) as conn:
            return conn.execute(f"SELECT COUNT(*) FROM {self.table}").fetchone()[0]

    def row(self, index):
        return self._connection().execute(
            f"SELECT id, text FROM {self.table} ORDER BY id LIMIT 1 OFFSET ?", (index,)
        ).fetchone()

    def close(self):
        if self._conn is not None:
            self._conn.close()
            self._conn = None

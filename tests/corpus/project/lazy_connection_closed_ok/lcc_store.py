import sqlite3


class FeatureStore:
    def __init__(self, features):
        self.features = dict(features)
        self._conn = None

    def _connect(self):
        if self._conn is None:
            self._conn = sqlite3.connect(":memory:")
            self._conn.execute("create table f (k text, v real)")
        return self._conn

    def sync(self):
        conn = self._connect()
        conn.executemany("insert into f values (?, ?)", self.features.items())
        return conn.execute("select count(*) from f").fetchone()[0]

    def get(self, key):
        return self.features.get(key, 0.0)

    def close(self):
        if self._conn is not None:
            self._conn.close()
            self._conn = None

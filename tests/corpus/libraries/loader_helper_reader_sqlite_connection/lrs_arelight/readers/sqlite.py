import sqlite3


class SQliteReader:
    def __init__(self, path, table="contents"):
        self.table = table
        self.conn = sqlite3.connect(path)

    def rows(self):
        return self.conn.execute(f"SELECT id, text FROM {self.table} ORDER BY id").fetchall()

    def close(self):
        self.conn.close()

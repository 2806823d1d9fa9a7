import sqlite3


class Client:
    def __init__(self, path):
        self.path = path
        self.conn = sqlite3.connect(path)

    def close(self):
        self.conn.close()


def make_client():
    return Client(":memory:")

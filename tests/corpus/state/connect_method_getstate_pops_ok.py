# runtime: fork=ok spawn=ok forkserver=ok
# summary: connect() stores a sqlite connection on the interface before the pool, but __getstate__ pops it and __setstate__ leaves it unset (barman's fix)
import multiprocessing
import sqlite3


class CloudInterface:
    def __init__(self, url):
        self.url = url
        self.db = None

    def connect(self):
        self.db = sqlite3.connect(":memory:")

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("db", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.db = None

    def upload_part(self, part):
        return f"{self.url} part {part} (connected: {self.db is not None})"


def upload(interface, part):
    return interface.upload_part(part)


if __name__ == "__main__":
    interface = CloudInterface("s3://bucket/prefix")
    interface.connect()
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(upload, [(interface, 1), (interface, 2)]))

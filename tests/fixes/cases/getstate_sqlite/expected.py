# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a sqlite connection is dropped from the state and reconnected from its stored path
# fix: PKL005 Add `__getstate__`
# round-trip: Store("items.db")
import os
import sqlite3
import tempfile
from concurrent.futures import ProcessPoolExecutor


class Store:
    def __init__(self, database):
        self.database = database
        self.connection = sqlite3.connect(database)

    def count(self):
        return self.connection.execute("select count(*) from items").fetchone()[0]

    def __getstate__(self):
        # `connection`: not pickled as is, see __setstate__
        state = self.__dict__.copy()
        state.pop("connection", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.connection = sqlite3.connect(self.database)  # reconnected to the same file


def count_items(store):
    return store.count()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "items.db")
        store = Store(path)
        store.connection.execute("create table items (name text)")
        store.connection.executemany("insert into items values (?)", [("a",), ("b",)])
        store.connection.commit()
        with ProcessPoolExecutor(max_workers=1) as executor:
            print(executor.submit(count_items, store).result())
        store.connection.close()

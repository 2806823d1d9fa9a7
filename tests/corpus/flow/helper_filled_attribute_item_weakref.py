# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'weakref.ReferenceType' object
# summary: open_store() makes a Store, fills `store.tables["users"]` with a Table that keeps a weak reference back to its store, and returns it; the table read back by key is a pool task (pylearn-epac 25's HDF5 nodes)
import multiprocessing
import weakref


class Store:
    def __init__(self, path):
        self.path = path
        self.tables = {}


class Table:
    def __init__(self, store, rows):
        self._store = weakref.ref(store)
        self.rows = rows

    def __len__(self):
        return len(self.rows)


def open_store(path):
    store = Store(path)
    store.tables["users"] = Table(store, [("ann", 3), ("bob", 5)])
    store.tables["groups"] = Table(store, [("admins", 1)])
    return store


def count_rows(table):
    return len(table)


if __name__ == "__main__":
    store = open_store("demo.store")
    users = store.tables["users"]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(count_rows, [users, users]))  # [PKL005]

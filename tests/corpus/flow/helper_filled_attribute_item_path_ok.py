# runtime: fork=ok spawn=ok forkserver=ok
# summary: open_store() fills `store.tables["users"]` with a Table that keeps only its store's path; the table read back by key pickles as a pool task
import multiprocessing


class Store:
    def __init__(self, path):
        self.path = path
        self.tables = {}


class Table:
    def __init__(self, store, rows):
        self.store_path = store.path
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
        print(pool.map(count_rows, [users, users]))

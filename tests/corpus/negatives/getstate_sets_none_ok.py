# runtime: fork=ok spawn=ok forkserver=ok
# summary: __getstate__ replacing the connection with None in a copied state dict
import multiprocessing
import sqlite3


class Repository:
    def __init__(self):
        self.table = "users"
        self.connection = sqlite3.connect(":memory:")

    def __getstate__(self):
        state = dict(self.__dict__)
        state["connection"] = None
        return state


def table(repository):
    return repository.table


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(table, (Repository(),)))

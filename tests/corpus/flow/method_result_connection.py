# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: `store = Store(path)` then `Process(args=(store.connect(),))`: the method of the object just built returns a sqlite3 connection
import multiprocessing
import sqlite3


class Store:
    def __init__(self, path):
        self.path = path

    def connect(self):
        return sqlite3.connect(self.path)


def report(connection):
    print(connection.execute("select 1").fetchone())


if __name__ == "__main__":
    store = Store(":memory:")
    worker = multiprocessing.Process(target=report, args=(store.connect(),))  # [PKL004]
    worker.start()
    worker.join()
    print("exit code", worker.exitcode)

# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a set-up function attaches a database connection to the application object it is given (app.db = sqlite3.connect(...)); the object then goes to a worker Process as an argument
import sqlite3
from multiprocessing import Process


class App:
    def __init__(self, name):
        self.name = name
        self.db = None


def attach_database(app, path=":memory:"):
    app.db = sqlite3.connect(path)
    app.db.execute("create table hits (n integer)")


def serve(app):
    print(app.name, "serving")


if __name__ == "__main__":
    app = App("reports")
    attach_database(app)
    worker = Process(target=serve, args=(app,))  # [PKL005]
    worker.start()
    worker.join()
    print("exit code", worker.exitcode)

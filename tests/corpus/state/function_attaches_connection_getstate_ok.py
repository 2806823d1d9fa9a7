# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same set-up function attaches a connection, but the application's __getstate__ leaves the connection out, so the worker Process gets the name only
import sqlite3
from multiprocessing import Process


class App:
    def __init__(self, name):
        self.name = name
        self.db = None

    def __getstate__(self):
        state = dict(self.__dict__)
        state["db"] = None
        return state


def attach_database(app, path=":memory:"):
    app.db = sqlite3.connect(path)
    app.db.execute("create table hits (n integer)")


def serve(app):
    print(app.name, "serving", app.db)


if __name__ == "__main__":
    app = App("reports")
    attach_database(app)
    worker = Process(target=serve, args=(app,))
    worker.start()
    worker.join()
    print("exit code", worker.exitcode)

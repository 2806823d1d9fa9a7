# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: the service's __init__ hands itself to a module-level set-up function that attaches a database connection (obj.db = sqlite3.connect(...)); pool.map(service.lookup, ...) pickles the service with it
import sqlite3
from multiprocessing import Pool


def attach_database(obj, path=":memory:"):
    obj.db = sqlite3.connect(path)
    obj.db.execute("create table words (w text)")


class Lookup:
    def __init__(self, language):
        self.language = language
        attach_database(self)

    def lookup(self, word):
        return f"{self.language}:{word}"


if __name__ == "__main__":
    service = Lookup("en")
    with Pool(2) as pool:
        print(pool.map(service.lookup, ["a", "b"]))  # [PKL009]

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the service's __init__ hands itself to a set-up function that only records the database path (obj.db_path = path); each worker would connect itself, so the pickled service holds strings only
import sqlite3
from multiprocessing import Pool


def attach_database(obj, path=":memory:"):
    obj.db_path = path


class Lookup:
    def __init__(self, language):
        self.language = language
        attach_database(self)

    def lookup(self, word):
        with sqlite3.connect(self.db_path) as db:
            db.execute("select 1")
        return f"{self.language}:{word}"


if __name__ == "__main__":
    service = Lookup("en")
    with Pool(2) as pool:
        print(pool.map(service.lookup, ["a", "b"]))

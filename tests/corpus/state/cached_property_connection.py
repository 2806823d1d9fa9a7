# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: count() reads a functools.cached_property that opens a sqlite connection: the first read keeps it in the object's __dict__, so the index sent to the workers holds it
import functools
import sqlite3
from concurrent.futures import ProcessPoolExecutor


class TermIndex:
    def __init__(self, terms):
        self.terms = list(terms)

    @functools.cached_property
    def db(self):
        conn = sqlite3.connect(":memory:")
        conn.execute("create table terms (t text)")
        conn.executemany("insert into terms values (?)", [(t,) for t in self.terms])
        return conn

    def count(self):
        return self.db.execute("select count(*) from terms").fetchone()[0]

    def lookup(self, prefix):
        return [t for t in self.terms if t.startswith(prefix)]


def search(index, prefix):
    return index.lookup(prefix)


if __name__ == "__main__":
    index = TermIndex(["apple", "apricot", "banana", "blueberry"])
    print("terms:", index.count())
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(search, [index, index], ["ap", "b"])))  # [PKL005]

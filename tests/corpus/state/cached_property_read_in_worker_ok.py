# runtime: fork=ok spawn=ok forkserver=ok
# summary: the cached_property opening a sqlite connection is only read inside the workers: the index sent to them has nothing cached yet
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
    return index.lookup(prefix), index.count()


if __name__ == "__main__":
    index = TermIndex(["apple", "apricot", "banana", "blueberry"])
    print("terms:", len(index.terms))
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(search, [index, index], ["ap", "b"])))

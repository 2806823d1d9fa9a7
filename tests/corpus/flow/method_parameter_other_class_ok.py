# runtime: fork=ok spawn=ok forkserver=ok
# summary: the connection goes to a same-named method of another class, which keeps it in the parent; the method that pickles its parameter is called with a path
import sqlite3
from multiprocessing import Pool


def count_lines(path):
    with open(path, encoding="utf-8") as stream:
        return sum(1 for _ in stream)


class Exporter:
    def export(self, source):
        with Pool(2) as pool:
            return pool.map(count_lines, [source, source])


class LocalExporter:
    def export(self, source):
        return source.execute("select 1").fetchone()[0]


if __name__ == "__main__":
    print(LocalExporter().export(sqlite3.connect(":memory:")))
    print(Exporter().export(__file__))

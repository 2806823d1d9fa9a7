# runtime: fork=ok spawn=ok forkserver=ok
# summary: compiled patterns and iterators over dict items, lists and reversed lists (iter, enumerate, chain) pickle with their data
import itertools
import multiprocessing
import re

TOKEN = re.compile(r"\d+")


def build_tasks(table):
    return [
        (TOKEN, iter(table.items())),
        (TOKEN, enumerate(["a1", "b22"])),
        (TOKEN, itertools.chain(["c3"], reversed(["d4", "e5"]))),
    ]


def count(task):
    pattern, items = task
    return sum(len(pattern.findall(str(item))) for item in items)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(count, build_tasks({"x1": "y2", "z": "3"})))

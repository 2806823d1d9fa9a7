# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same Dispatcher of a sibling module, but main.py hands it a ThreadPoolExecutor: the open file is shared by threads and never pickled
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor

from dkt_dispatch import Dispatcher


def count_lines(source):
    return sum(1 for _ in source)


def main():
    path = os.path.join(tempfile.mkdtemp(), "log.txt")
    with open(path, "w", encoding="utf-8") as out:
        out.write("a\nb\n")
    with ThreadPoolExecutor(2) as pool, open(path, encoding="utf-8") as source:
        dispatcher = Dispatcher(pool)
        future = dispatcher.dispatch(count_lines, source)
        print(future.result(timeout=20))


if __name__ == "__main__":
    main()

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same Dispatcher of a sibling module, but main.py hands it a ThreadPoolExecutor for the open file (shared by threads, never pickled); only the file's path goes to the process pool
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from dkt_dispatch import Dispatcher


def count_lines(source):
    return sum(1 for _ in source)


def size_of(path):
    return os.path.getsize(path)


def main():
    path = os.path.join(tempfile.mkdtemp(), "log.txt")
    with open(path, "w", encoding="utf-8") as out:
        out.write("a\nb\n")
    with ThreadPoolExecutor(2) as threads, open(path, encoding="utf-8") as source:
        future = Dispatcher(threads).dispatch(count_lines, source)
        print(future.result(timeout=20))
    with ProcessPoolExecutor(2) as processes:
        print(Dispatcher(processes).dispatch(size_of, path).result(timeout=20))


if __name__ == "__main__":
    main()

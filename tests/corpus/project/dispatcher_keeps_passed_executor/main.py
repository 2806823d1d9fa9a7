# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: main.py hands a ProcessPoolExecutor to Dispatcher of a sibling module, which keeps it as self.pool; dispatch() submits its payload there, and main.py dispatches an open file
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor

from dke_dispatch import Dispatcher


def count_lines(source):
    return sum(1 for _ in source)


def main():
    path = os.path.join(tempfile.mkdtemp(), "log.txt")
    with open(path, "w", encoding="utf-8") as out:
        out.write("a\nb\n")
    with ProcessPoolExecutor(2) as pool, open(path, encoding="utf-8") as source:
        dispatcher = Dispatcher(pool)
        future = dispatcher.dispatch(count_lines, source)  # [PKL004]
        print(future.result(timeout=20))


if __name__ == "__main__":
    main()

# runtime: fork=ok spawn=ok forkserver=ok
# summary: main() opens the global WRITER only in a branch not taken before the pool; the tasks get its path, a string
import multiprocessing
import os
import sys
import tempfile

WRITER = None
PATH = os.path.join(tempfile.gettempdir(), "never-opened.csv")  # a name only: never created


def write_rows(path, rows):
    return len(rows)


def main():
    global WRITER
    if "--keep-open" in sys.argv:
        WRITER = open(PATH, "w")
    chunks = [[(1, 2), (3, 4)], [(5, 6)]]
    with multiprocessing.Pool(2) as pool:
        pending = [pool.apply_async(write_rows, (PATH, c)) for c in chunks]
        print("written", sum(p.get(timeout=10) for p in pending), WRITER)


if __name__ == "__main__":
    main()

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the worker receives the path and opens the file itself
import multiprocessing
import os
import tempfile


def count_lines(path):
    with open(path) as handle:
        return len(handle.readlines())


if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "data.txt")
    with open(path, "w") as out:
        out.write("a\nb\nc\n")
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(count_lines, (path,)))

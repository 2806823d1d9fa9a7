# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: an open file is passed as a task argument; file objects cannot be pickled
import multiprocessing
import os
import tempfile


def count_lines(handle):
    return len(handle.readlines())


if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "data.txt")
    with open(path, "w") as out:
        out.write("a\nb\nc\n")
    with open(path) as handle, multiprocessing.Pool(2) as pool:
        print(pool.apply(count_lines, (handle,)))

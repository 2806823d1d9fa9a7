# runtime: fork=error spawn=error forkserver=error
# error-contains: Error sending result
# summary: the worker returns an open file, which cannot be pickled back to the parent
import multiprocessing
import os
import tempfile


def open_log(path):
    return open(path)


if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "log.txt")
    with open(path, "w") as out:
        out.write("started\n")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(open_log, [path]))

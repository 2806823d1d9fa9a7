# runtime: fork=ok spawn=ok forkserver=ok
# summary: the worker returns the file's contents, plain text that pickles fine
import multiprocessing
import os
import tempfile


def read_log(path):
    with open(path) as handle:
        return handle.read()


if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "log.txt")
    with open(path, "w") as out:
        out.write("started\n")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(read_log, [path]))

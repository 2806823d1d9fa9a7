# runtime: fork=ok spawn=ok forkserver=ok
# summary: the worker opens, uses and closes its own file; only the path crosses
import multiprocessing
import os


def size(path):
    with open(path, "rb") as stream:
        return len(stream.read())


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(size, [os.devnull, os.devnull]))

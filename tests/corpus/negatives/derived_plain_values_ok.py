# runtime: fork=ok spawn=ok forkserver=ok
# summary: values computed from unpicklable objects (a bool, a digest string, a name) are plain data
import hashlib
import multiprocessing
import os
import threading


def describe(values):
    return values


if __name__ == "__main__":
    lock = threading.Lock()
    with open(os.devnull) as stream:
        values = [lock.locked(), hashlib.md5(b"x").hexdigest(), stream.name]
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(describe, (values,)))

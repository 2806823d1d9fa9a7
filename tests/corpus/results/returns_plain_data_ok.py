# runtime: fork=ok spawn=ok forkserver=ok
# summary: a worker that uses a lock and a file internally but returns plain data is fine
import multiprocessing
import os
import threading


def worker(n):
    lock = threading.Lock()
    with lock, open(os.devnull) as stream:
        stream.read()
        return {"n": n, "square": n * n}


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(worker, range(3)))

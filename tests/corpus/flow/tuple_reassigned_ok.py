# runtime: fork=ok spawn=ok forkserver=ok
# summary: a name that held a lock is rebound to plain data before the pool call
import multiprocessing
import threading


def describe(item):
    return type(item).__name__


if __name__ == "__main__":
    item = threading.Lock()
    with item:
        pass
    item = ("plain", 1)
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(describe, (item,)))

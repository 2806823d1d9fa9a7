# runtime: fork=ok spawn=ok forkserver=ok
# summary: the names of the running threads are plain strings; the Thread objects are not sent
import multiprocessing
import threading


def count(names):
    return len(names)


if __name__ == "__main__":
    names = [thread.name for thread in threading.enumerate()]
    with multiprocessing.Pool(1) as pool:
        print(pool.apply(count, (names,)))

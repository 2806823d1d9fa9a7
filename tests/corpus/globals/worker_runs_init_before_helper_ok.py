# runtime: fork=ok spawn=ok forkserver=ok
# summary: the parent fills the cache through init(), and so does every task before asking the helper that reads it: the child sets the global itself
import multiprocessing

CACHE = None


def init():
    global CACHE
    CACHE = {"factor": 2}


def factor():
    return CACHE["factor"]


def scale(value):
    init()
    return value * factor()


def scale_direct(value):
    init()
    return value * CACHE["factor"]


if __name__ == "__main__":
    init()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(scale, [1, 2]))
        print(pool.map(scale_direct, [1, 2]))

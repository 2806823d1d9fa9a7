# runtime: fork=ok spawn=ok forkserver=ok
# summary: the working pattern: the Array reaches workers through initializer/initargs and a global
import multiprocessing


def init(shared):
    global SHARED
    SHARED = shared


def fill(i):
    SHARED[i] = i * i


if __name__ == "__main__":
    shared = multiprocessing.Array("d", 5)
    with multiprocessing.Pool(2, initializer=init, initargs=(shared,)) as pool:
        pool.map(fill, range(5))
    print(list(shared))

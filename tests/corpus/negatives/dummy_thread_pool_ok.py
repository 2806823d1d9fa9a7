# runtime: fork=ok spawn=ok forkserver=ok
# summary: multiprocessing.dummy.Pool runs threads, so lambdas and locks are never pickled
import functools
import threading
from multiprocessing.dummy import Pool


def guarded(lock, x):
    with lock:
        return x * 2


if __name__ == "__main__":
    lock = threading.Lock()
    with Pool(2) as pool:
        print(pool.map(functools.partial(guarded, lock), range(3)))
        print(pool.map(lambda x: x + 1, range(3)))

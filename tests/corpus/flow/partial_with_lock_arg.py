# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a partial binding a threading.Lock keyword pickles the lock
import functools
import multiprocessing
import threading


def work(x, lock=None):
    return x


if __name__ == "__main__":
    bound = functools.partial(work, lock=threading.Lock())
    with multiprocessing.Pool(2) as pool:
        print(pool.map(bound, range(3)))  # [PKL004]

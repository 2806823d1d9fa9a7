# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: Pool.imap_unordered pickles each item; a list holding a threading.Lock fails
import multiprocessing
import threading


def describe(item):
    return type(item).__name__


if __name__ == "__main__":
    items = [1, threading.Lock()]
    with multiprocessing.Pool(2) as pool:
        print(sorted(pool.imap_unordered(describe, items)))  # [PKL004]

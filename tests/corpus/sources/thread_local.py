# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread._local' object
# summary: a threading.local() object cannot be sent to a worker
import multiprocessing
import threading


def describe(item):
    return type(item).__name__


if __name__ == "__main__":
    storage = threading.local()
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(describe, (storage,)))  # [PKL004]

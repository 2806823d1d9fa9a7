# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a logging.StreamHandler holds an RLock and cannot be sent to a Pool task
import logging
import multiprocessing


def describe(handler):
    return type(handler).__name__


if __name__ == "__main__":
    handler = logging.StreamHandler()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(describe, [handler]))  # [PKL004]

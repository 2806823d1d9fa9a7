# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a function's default argument value flows into the task it submits
import multiprocessing
import threading


def describe(item):
    return type(item).__name__


def submit(pool, item=threading.Lock()):
    return pool.apply(describe, (item,))  # [PKL004]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(submit(pool))

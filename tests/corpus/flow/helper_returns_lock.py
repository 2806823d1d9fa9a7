# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a helper function's return value carries an RLock to the task
import multiprocessing
import threading


def make_guard():
    guard = threading.RLock()
    return guard


def describe(item):
    return type(item).__name__


if __name__ == "__main__":
    guard = make_guard()
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(describe, (guard,)))  # [PKL004]

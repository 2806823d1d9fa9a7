# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: Pool.apply with an RLock argument fails
import multiprocessing
import threading


def describe(item):
    return type(item).__name__


if __name__ == "__main__":
    guard = threading.RLock()
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(describe, (guard,)))  # [PKL004]

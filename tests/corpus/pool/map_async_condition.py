# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: Pool.map_async with a threading.Condition item fails on get()
import multiprocessing
import threading


def describe(item):
    return type(item).__name__


if __name__ == "__main__":
    ready = threading.Condition()
    with multiprocessing.Pool(2) as pool:
        result = pool.map_async(describe, [ready])  # [PKL004]
        print(result.get(timeout=10))

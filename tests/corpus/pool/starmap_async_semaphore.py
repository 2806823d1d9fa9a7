# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: Pool.starmap_async with a threading.Semaphore argument fails on get()
import multiprocessing
import threading


def describe(i, slots):
    return i


if __name__ == "__main__":
    slots = threading.Semaphore(2)
    with multiprocessing.Pool(2) as pool:
        result = pool.starmap_async(describe, [(1, slots), (2, slots)])  # [PKL004]
        print(result.get(timeout=10))

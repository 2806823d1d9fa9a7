# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: Pool.apply_async with a threading.Event in kwds fails when the result is fetched
import multiprocessing
import threading


def describe(flag=None):
    return type(flag).__name__


if __name__ == "__main__":
    flag = threading.Event()
    with multiprocessing.Pool(2) as pool:
        result = pool.apply_async(describe, kwds={"flag": flag})  # [PKL004]
        print(result.get(timeout=10))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: on Python 3.10+ an unbound asyncio.Lock holds no thread lock and pickles fine
import asyncio
import multiprocessing


def describe(lock):
    return type(lock).__name__


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(describe, (asyncio.Lock(),)))

# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same caching decorator whose wrapper is a plain function running the cached coroutine to its end: the workers return numbers
import asyncio
import functools
import multiprocessing

_CACHE = {}


def cached(expire=60):
    def decorate(func):
        @functools.wraps(func)
        def inner(*args):
            async def compute():
                if args not in _CACHE:
                    _CACHE[args] = func(*args)
                return _CACHE[args]

            return asyncio.run(compute())

        return inner

    return decorate


@cached(expire=30)
def report(customer):
    return sum(i * customer for i in range(100))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map_async(report, [1, 2, 3]).get(timeout=30))

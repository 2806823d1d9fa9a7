# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'coroutine' object
# summary: a caching decorator factory replaces a plain function with an async wrapper; Pool.map runs it in the workers and gets coroutines back to pickle (fastapi-cache 555)
import functools
import multiprocessing

_CACHE = {}


def cached(expire=60):
    def decorate(func):
        @functools.wraps(func)
        async def inner(*args):
            if args not in _CACHE:
                _CACHE[args] = func(*args)
            return _CACHE[args]

        return inner

    return decorate


@cached(expire=30)
def report(customer):
    return sum(i * customer for i in range(100))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map_async(report, [1, 2, 3]).get(timeout=30))  # [PKL007]

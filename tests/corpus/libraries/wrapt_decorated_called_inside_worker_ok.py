# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of a wrapt-decorated worker: the pool maps a plain module-level function, which calls the `@wrapt.decorator`-made and `@deprecated` functions inside the child; the proxies are never pickled
import multiprocessing as mp
import warnings

import wrapt
from deprecated import deprecated


@wrapt.decorator
def log_call(wrapped, instance, args, kwargs):
    return wrapped(*args, **kwargs)


@log_call
def square(x):
    return x * x


@deprecated(reason="use square")
def old_square(x):
    return x * x


def work(x):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return square(x) + old_square(x)


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(work, range(3)))

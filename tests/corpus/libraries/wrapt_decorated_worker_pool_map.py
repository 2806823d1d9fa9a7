# runtime: fork=error spawn=error forkserver=error
# error-contains: object proxy must define __reduce__()
# summary: wrapt 158 / Deprecated: a worker decorated with a `@wrapt.decorator`-made decorator, and one marked `@deprecated(...)`, are wrapt FunctionWrapper proxies whose `__reduce_ex__` raises; Pool.map pickles the worker under every start method
import multiprocessing as mp

import wrapt
from deprecated import deprecated


@wrapt.decorator
def log_call(wrapped, instance, args, kwargs):
    print("calling", wrapped.__name__)
    return wrapped(*args, **kwargs)


@log_call
def square(x):
    return x * x


@deprecated(reason="use square")
def old_square(x):
    return x * x


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        try:
            print(pool.map(square, range(3)))  # [PKL004]
        except NotImplementedError as error:
            print("NotImplementedError:", error)
        print(pool.map(old_square, range(3)))  # [PKL004]

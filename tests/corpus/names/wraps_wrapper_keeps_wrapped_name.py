# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.scaled_sine
# summary: the parameterized decorator's functools.wraps wrapper keeps the wrapped function's name, so pickle finds __main__.scaled_sine, the original, under the wrapper's name (before the explicit __qualname__ fix)
import math
import multiprocessing as mp
from functools import wraps


def with_factor(*factors):
    def decorate(func):
        @wraps(func)
        def wrapper(x):
            return func(x, *factors)

        return wrapper

    return decorate


def scaled_sine(x, factor):
    return round(math.sin(x) * factor, 4)


fp = with_factor(2)(scaled_sine)


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(fp, [0.0, 0.5, 1.0, 1.5]))  # [PKL014]

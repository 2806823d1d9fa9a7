# runtime: fork=ok spawn=ok forkserver=ok
# summary: a parameterized decorator returns a functools.wraps wrapper and then sets its __qualname__ to the module-level name it is bound to ("fp"), so pickle finds __main__.fp and it is the same object (the explicit __qualname__ fix)
import math
import multiprocessing as mp
from functools import wraps


def with_factor(*factors):
    def decorate(func, qualname):
        @wraps(func)
        def wrapper(x):
            return func(x, *factors)

        wrapper.__qualname__ = qualname
        return wrapper

    return decorate


def scaled_sine(x, factor):
    return round(math.sin(x) * factor, 4)


fp = with_factor(2)(scaled_sine, "fp")


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(fp, [0.0, 0.5, 1.0, 1.5]))

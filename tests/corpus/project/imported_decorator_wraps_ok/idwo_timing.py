import functools
import time


def timed(func):
    @functools.wraps(func)
    def wrapper(*args):
        start = time.monotonic()
        result = func(*args)
        print(round(time.monotonic() - start, 3) >= 0)
        return result

    return wrapper

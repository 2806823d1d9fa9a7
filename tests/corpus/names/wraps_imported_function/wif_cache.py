import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(text):
        if text not in cache:
            cache[text] = func(text)
        return cache[text]

    return wrapper

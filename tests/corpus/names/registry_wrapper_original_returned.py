# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.upper
# summary: a decorator factory registers a functools.wraps timing wrapper but gives back the original function, so the module name still holds the original and the registered wrapper cannot be pickled by that name
import functools
import multiprocessing
import time

TRANSFORMS = {}
TIMINGS = {}


def transform(name):
    def decorate(fn):
        @functools.wraps(fn)
        def timed(*args):
            started = time.perf_counter()
            try:
                return fn(*args)
            finally:
                TIMINGS[name] = time.perf_counter() - started

        TRANSFORMS[name] = timed
        return fn  # the plain function stays importable for the unit tests

    return decorate


@transform("upper")
def upper(word):
    return word.upper()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        for name in sorted(TRANSFORMS):
            print(name, pool.map(TRANSFORMS[name], ["alpha", "beta"]))  # [PKL014]

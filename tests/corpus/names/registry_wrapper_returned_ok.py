# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same timing registry, but the decorator gives back the wrapper it registers, so the module name holds the wrapper and pickle finds it by its copied name
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
        return timed

    return decorate


@transform("upper")
def upper(word):
    return word.upper()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        for name in sorted(TRANSFORMS):
            print(name, pool.map(TRANSFORMS[name], ["alpha", "beta"]))

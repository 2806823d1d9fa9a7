# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same decorator factory wraps its wrapper with functools.wraps, so pickle finds `upper` by name and gets the wrapper
import functools
import multiprocessing


def plugin(name):
    def decorate(fn):
        @functools.wraps(fn)
        def timed(*args):
            return fn(*args), name

        return timed

    return decorate


@plugin("upper")
def upper(text):
    return text.upper()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(upper, ("hi",)))

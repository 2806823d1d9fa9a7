# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'plugin.<locals>.decorate.<locals>.timed'
# summary: @plugin("upper") is a decorator factory whose inner decorator returns a nested wrapper without functools.wraps
import multiprocessing
import time


def plugin(name):
    def decorate(fn):
        def timed(*args):
            start = time.perf_counter()
            return fn(*args), name, time.perf_counter() >= start

        return timed

    return decorate


@plugin("upper")
def upper(text):
    return text.upper()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(upper, ("hi",)))  # [PKL002]

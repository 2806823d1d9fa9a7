# runtime: fork=ok spawn=ok forkserver=ok
# summary: the helper lives at module level and receives the captured value as an argument
import functools
import multiprocessing


def scale(factor, n):
    return n * factor


def scale_all(values, factor):
    with multiprocessing.Pool(2) as pool:
        return pool.map(functools.partial(scale, factor), values)


if __name__ == "__main__":
    print(scale_all([1, 2, 3], 10))

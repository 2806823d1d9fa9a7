# runtime: fork=ok spawn=ok forkserver=ok
# summary: functools.partial of a module-level function with plain arguments pickles fine
import functools
import multiprocessing


def power(x, exponent):
    return x**exponent


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(functools.partial(power, exponent=2), range(4)))

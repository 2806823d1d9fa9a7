# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: a lambda reading a variable set under the main guard gets it as a partial argument
# fix: PKL001 Lift the lambda
import functools
import multiprocessing


def x_plus_offset(offset, x):
    return x + offset


if __name__ == "__main__":
    offset = 10
    with multiprocessing.Pool(2) as pool:
        print(pool.map(functools.partial(x_plus_offset, offset), [1, 2, 3]))

# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle
# summary: fix-all applies every safe fix in turn: a lambda, a nested function and a guard def
# fix: all
import multiprocessing


def double(x):
    return x * 2


def x_plus_1(x):
    return x + 1


def run(numbers):
    with multiprocessing.Pool(2) as pool:
        doubled = pool.map(double, numbers)
        return pool.map(x_plus_1, doubled)


def negate(x):
    return -x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(negate, run([1, 2, 3])))

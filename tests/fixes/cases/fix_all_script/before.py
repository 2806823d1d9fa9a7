# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle
# summary: fix-all applies every safe fix in turn: a lambda, a nested function and a guard def
# fix: all
import multiprocessing


def run(numbers):
    def double(x):
        return x * 2

    with multiprocessing.Pool(2) as pool:
        doubled = pool.map(double, numbers)
        return pool.map(lambda x: x + 1, doubled)


if __name__ == "__main__":

    def negate(x):
        return -x

    with multiprocessing.Pool(2) as pool:
        print(pool.map(negate, run([1, 2, 3])))

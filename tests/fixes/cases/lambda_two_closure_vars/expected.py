# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'run.<locals>.<lambda>'
# summary: two locals of the enclosing function become two leading partial arguments
# fix: PKL001 Lift the lambda
import functools
import multiprocessing


def call_min(low, high, x):
    return min(max(x, low), high)


def run(low, high):
    with multiprocessing.Pool(2) as pool:
        return pool.map(functools.partial(call_min, low, high), range(10))


if __name__ == "__main__":
    print(run(3, 6))

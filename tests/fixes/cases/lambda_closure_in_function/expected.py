# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'main.<locals>.<lambda>'
# summary: a lambda reading a local of main() is lifted with the local bound by functools.partial
# fix: PKL001 Lift the lambda
import functools
import multiprocessing


def x_times_factor(factor, x):
    return x * factor


def main():
    factor = 3
    with multiprocessing.Pool(2) as pool:
        print(pool.map(functools.partial(x_times_factor, factor), range(5)))


if __name__ == "__main__":
    main()

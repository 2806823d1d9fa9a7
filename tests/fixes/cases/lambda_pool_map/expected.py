# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: Pool.map pickles its worker function, a lambda has no importable name
# fix: PKL001 Lift the lambda
import multiprocessing


def x_times_2(x):
    return x * 2


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(x_times_2, range(5)))

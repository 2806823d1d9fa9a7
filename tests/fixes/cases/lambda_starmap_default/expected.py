# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: the lifted function keeps the lambda's parameters, defaults included
# fix: PKL001 Lift the lambda
import multiprocessing


def a_times_b(a, b=1):
    return a * b


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(a_times_b, [(1, 2), (3, 4), (5,)]))

# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: the lifted function keeps the lambda's parameters, defaults included
# fix: PKL001 Lift the lambda
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(lambda a, b=1: a * b, [(1, 2), (3, 4), (5,)]))

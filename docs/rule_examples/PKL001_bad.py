# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle
# summary: a lambda given to Pool.map cannot be pickled, so no task is ever sent
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(lambda n: n * 2, [1, 2, 3]))

# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: Pool.map pickles its worker function, a lambda has no importable name
# fix: PKL001 Lift the lambda
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(lambda x: x * 2, range(5)))

# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: Pool.map pickles its function for every task, so a lambda fails even under fork
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(lambda x: x * 2, range(4)))  # [PKL001]

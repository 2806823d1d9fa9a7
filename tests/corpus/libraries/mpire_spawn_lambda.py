# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: an mpire WorkerPool started with start_method="spawn" pickles its function for the new interpreters: a lambda fails whatever the platform's default
from mpire import WorkerPool

if __name__ == "__main__":
    with WorkerPool(n_jobs=2, start_method="spawn") as pool:
        print(pool.map(lambda x: x * 2, [1, 2, 3]))  # [PKL001]

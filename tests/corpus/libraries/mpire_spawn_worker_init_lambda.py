# runtime: fork=error spawn=error forkserver=error
# error-contains: <lambda>
# summary: under start_method="spawn" mpire pickles the worker_init function given to map with the worker function; a lambda fails (pypeln 74)
from mpire import WorkerPool


def double(x):
    return x * 2


if __name__ == "__main__":
    with WorkerPool(n_jobs=1, start_method="spawn") as pool:
        print(pool.map(double, range(3), worker_init=lambda: None))  # [PKL001]

# runtime: fork=ok spawn=ok forkserver=ok
# summary: with mpire's default fork start method the worker_init lambda is inherited by the forked workers, never pickled
from mpire import WorkerPool


def double(x):
    return x * 2


if __name__ == "__main__":
    with WorkerPool(n_jobs=1) as pool:
        print(pool.map(double, range(3), worker_init=lambda: None))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: mpire's WorkerPool forks its workers by default (whatever the platform's default is): the lambda is copied, never pickled, and the items are plain numbers
from mpire import WorkerPool

if __name__ == "__main__":
    with WorkerPool(n_jobs=2) as pool:
        print(pool.map(lambda x: x * 2, [1, 2, 3]))

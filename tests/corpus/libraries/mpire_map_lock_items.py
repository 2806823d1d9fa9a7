# runtime: fork=hang spawn=hang forkserver=hang
# summary: mpire's WorkerPool.map sends each item through a queue even to forked workers: a threading lock among the items fails to pickle and the pool hangs
import threading

from mpire import WorkerPool


def holds(lock):
    return lock is not None


if __name__ == "__main__":
    locks = [threading.Lock(), threading.Lock()]
    with WorkerPool(n_jobs=2) as pool:
        print(pool.map(holds, locks))  # [PKL004]

# runtime: fork=error spawn=error forkserver=error
# error-contains: Lock objects should only be shared between processes through inheritance
# summary: a multiprocessing Lock in starmap task tuples moves to Pool(initializer=..., initargs=...)
# fix: PKL006 Hand the Lock
import multiprocessing


worker_lock = None


def init_worker(lock):
    global worker_lock
    worker_lock = lock


def work(x):
    lock = worker_lock  # set in each worker process by init_worker
    with lock:
        return x * x


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    with multiprocessing.Pool(2, initializer=init_worker, initargs=(lock,)) as pool:
        print(pool.starmap(work, [(i,) for i in range(5)]))

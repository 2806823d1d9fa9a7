# runtime: fork=error spawn=error forkserver=error
# error-contains: Lock objects should only be shared between processes through inheritance
# summary: a multiprocessing Lock in starmap task tuples moves to Pool(initializer=..., initargs=...)
# fix: PKL006 Hand the Lock
import multiprocessing


def work(lock, x):
    with lock:
        return x * x


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(work, [(lock, i) for i in range(5)]))

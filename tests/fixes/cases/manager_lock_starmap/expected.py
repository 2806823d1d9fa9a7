# runtime: fork=error spawn=error forkserver=error
# error-contains: Lock objects should only be shared between processes through inheritance
# summary: a Manager().Lock() proxy may be a task argument, unlike a multiprocessing.Lock
# fix: PKL006 Create the Lock through a Manager()
import multiprocessing


def work(lock, x):
    with lock:
        return x + 100


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        lock = manager.Lock()
        with multiprocessing.Pool(2) as pool:
            print(pool.starmap(work, [(lock, 1), (lock, 2)]))

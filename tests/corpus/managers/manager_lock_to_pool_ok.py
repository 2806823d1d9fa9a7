# runtime: fork=ok spawn=ok forkserver=ok
# summary: a Manager().Lock() proxy is picklable, so it can go to Pool tasks
import multiprocessing


def guarded(args):
    lock, x = args
    with lock:
        return x * 2


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        lock = manager.Lock()
        with multiprocessing.Pool(2) as pool:
            print(pool.map(guarded, [(lock, i) for i in range(3)]))

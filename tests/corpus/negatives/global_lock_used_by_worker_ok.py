# runtime: fork=ok spawn=ok forkserver=ok
# summary: functions pickle by name, so a module-level lock the worker uses is never pickled
import multiprocessing
import threading

LOCK = threading.Lock()


def guarded(x, lock=threading.Lock()):
    with LOCK, lock:
        return x + 1


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(guarded, range(3)))

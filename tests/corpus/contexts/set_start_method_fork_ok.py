# runtime: fork=ok spawn=ok forkserver=ok
# summary: set_start_method("fork") makes a threading.Lock in Process args safe
import multiprocessing
import threading


def child(lock):
    print("child", lock.locked())


if __name__ == "__main__":
    multiprocessing.set_start_method("fork", force=True)
    lock = threading.Lock()
    proc = multiprocessing.Process(target=child, args=(lock,))
    proc.start()
    proc.join()

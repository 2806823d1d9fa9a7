# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a threading.Lock in Process args becomes a multiprocessing.Lock, which spawn can hand over
# fix: PKL004 Use multiprocessing.Lock()
import multiprocessing
import threading


def child(lock, name):
    with lock:
        print("child", name, "has the lock", flush=True)


if __name__ == "__main__":
    lock = threading.Lock()
    process = multiprocessing.Process(target=child, args=(lock, "one"))
    process.start()
    process.join()
    print("exit code", process.exitcode)

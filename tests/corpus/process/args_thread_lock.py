# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a threading.Lock in Process args is copied by fork but must be pickled by spawn
import multiprocessing
import threading


def child(lock):
    with lock:
        print("child has the lock")


if __name__ == "__main__":
    lock = threading.Lock()
    proc = multiprocessing.Process(target=child, args=(lock,))  # [PKL004]
    proc.start()
    proc.join()
    print("exit", proc.exitcode)

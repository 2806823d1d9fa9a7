# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: set_start_method("spawn") applies to every later Process
import multiprocessing
import threading


def child(lock):
    print("child", lock.locked())


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn", force=True)
    lock = threading.Lock()
    proc = multiprocessing.Process(target=child, args=(lock,))  # [PKL004]
    proc.start()
    proc.join()

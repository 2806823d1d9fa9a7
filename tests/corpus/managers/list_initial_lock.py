# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: the initial contents of manager.list(...) are pickled to the manager process
import multiprocessing
import threading

if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        shared = manager.list([threading.Lock()])  # [PKL004]
        print(len(shared))

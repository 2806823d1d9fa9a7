# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: assigning a threading.Lock into a Manager dict pickles it to the manager process
import multiprocessing
import threading

if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        shared = manager.dict()
        shared["lock"] = threading.Lock()  # [PKL004]
        print(len(shared))

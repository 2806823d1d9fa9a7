# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.
# summary: the items of threading.enumerate() are Thread objects, sent one per task
import multiprocessing
import threading


def name_of(thread):
    return thread.name


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        print(pool.map(name_of, threading.enumerate()))  # [PKL004]

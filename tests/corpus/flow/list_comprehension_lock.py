# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a comprehension building task tuples that each carry the same threading.Lock
import multiprocessing
import threading


def work(i, lock):
    return i


if __name__ == "__main__":
    lock = threading.Lock()
    tasks = [(i, lock) for i in range(4)]
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(work, tasks))  # [PKL004]

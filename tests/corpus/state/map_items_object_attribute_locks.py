# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: pool.map over batch.items, the list of threading locks the Batch instance made
import multiprocessing
import threading


class Batch:
    def __init__(self):
        self.items = [threading.Lock(), threading.Lock()]


def check(lock):
    return lock.locked()


if __name__ == "__main__":
    batch = Batch()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(check, batch.items))  # [PKL004]

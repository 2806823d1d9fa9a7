# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: pool.map over enumerate(self.locks): each (index, lock) pair holds a threading lock
import multiprocessing
import threading


def work(pair):
    index, lock = pair
    return index


class Jobs:
    def __init__(self):
        self.locks = [threading.Lock() for _ in range(3)]

    def run(self):
        with multiprocessing.Pool(2) as pool:
            return pool.map(work, enumerate(self.locks))  # [PKL004]


if __name__ == "__main__":
    print(Jobs().run())

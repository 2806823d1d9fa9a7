# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a lock appended to a list kept on the object, then a bound method of the object sent to a pool
import multiprocessing
import threading


class Batch:
    def __init__(self):
        self.guards = []

    def size(self, _):
        return len(self.guards)


if __name__ == "__main__":
    batch = Batch()
    batch.guards.append(threading.Lock())
    with multiprocessing.Pool(2) as pool:
        print(pool.map(batch.size, [1]))  # [PKL009]

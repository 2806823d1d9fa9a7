# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a list of locks stored in an attribute is pickled with the instance
import multiprocessing
import threading


class Shards:
    def __init__(self, count):
        self.count = count
        self.locks = [threading.Lock() for _ in range(count)]


def size(shards):
    return shards.count


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(size, (Shards(4),)))  # [PKL005]

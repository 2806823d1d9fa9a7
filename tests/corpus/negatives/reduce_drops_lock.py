# runtime: fork=ok spawn=ok forkserver=ok
# summary: __reduce__ rebuilds the object from plain arguments, so its lock never gets pickled
import multiprocessing
import threading


class Cache:
    def __init__(self, size):
        self.size = size
        self.lock = threading.Lock()

    def __reduce__(self):
        return (Cache, (self.size,))


def size(cache):
    return cache.size


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(size, [Cache(3), Cache(5)]))

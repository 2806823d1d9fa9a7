# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same pool factory asked for the serial kind: the lambda is mapped in this process and nothing is pickled (look-alike of glimpse's MakePool)
import multiprocessing


class SerialPool:
    def map(self, func, iterable):
        return list(map(func, iterable))

    def close(self):
        pass


class MulticorePool:
    def __init__(self, processes):
        self.pool = multiprocessing.Pool(processes)

    def map(self, func, iterable):
        return self.pool.map(func, iterable)

    def close(self):
        self.pool.close()
        self.pool.join()


def make_pool(kind="multicore"):
    return MulticorePool(2) if kind == "multicore" else SerialPool()


if __name__ == "__main__":
    pool = make_pool("serial")
    try:
        print(pool.map(lambda x: x * 10, [1, 2, 3]))
    finally:
        pool.close()

# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: a pool factory returns a wrapper that delegates map() to multiprocessing.Pool, or a serial stand-in, by its kind argument (glimpse's MakePool); the default kind makes the multicore wrapper, and mapping a lambda through it fails
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
        return self.pool.map(func, iterable)  # [PKL001]

    def close(self):
        self.pool.close()
        self.pool.join()


def make_pool(kind="multicore"):
    return MulticorePool(2) if kind == "multicore" else SerialPool()


if __name__ == "__main__":
    pool = make_pool()
    try:
        print(pool.map(lambda x: x * 10, [1, 2, 3]))
    finally:
        pool.close()

# runtime: fork=error spawn=error forkserver=error
# error-contains: pool objects cannot be passed between processes or pickled
# summary: __init__ keeps either a multiprocessing Pool or a serial stand-in on self by its mode argument; the program builds it in multiprocessing mode and maps its own bound method, so the pool is pickled with self
import multiprocessing
import multiprocessing.pool


class SerialPool:
    def map(self, func, args):
        return list(map(func, args))


class WatermarkCore:
    def __init__(self, password=1, mode="common", processes=None):
        self.password = password
        if mode == "multiprocessing":
            self.pool = multiprocessing.Pool(processes=processes)
        else:
            self.pool = SerialPool()

    def embed_block(self, arg):
        block, index = arg
        return sum(block) + index + self.password

    def embed(self, blocks):
        return self.pool.map(self.embed_block, [(b, i) for i, b in enumerate(blocks)])  # [PKL009]

    def close(self):
        if isinstance(self.pool, multiprocessing.pool.Pool):
            self.pool.close()
            self.pool.join()


if __name__ == "__main__":
    core = WatermarkCore(mode="multiprocessing", processes=2)
    try:
        print(core.embed([[1, 2], [3, 4]]))
    finally:
        core.close()

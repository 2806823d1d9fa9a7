# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same core built in its default serial mode: the serial stand-in maps in the process itself and nothing is pickled
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
        return self.pool.map(self.embed_block, [(b, i) for i, b in enumerate(blocks)])

    def close(self):
        if isinstance(self.pool, multiprocessing.pool.Pool):
            self.pool.close()
            self.pool.join()


if __name__ == "__main__":
    core = WatermarkCore(mode="common")
    try:
        print(core.embed([[1, 2], [3, 4]]))
    finally:
        core.close()

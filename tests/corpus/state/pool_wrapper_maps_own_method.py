# runtime: fork=error spawn=error forkserver=error
# error-contains: pool objects cannot be passed between processes or pickled
# summary: a core object keeps an AutoPool wrapper whose map(func, args) calls Pool.map_async(func); the core maps its own bound method, so the core, its wrapper and the Pool are pickled (blind_watermark)
import multiprocessing


class SerialPool:
    def map(self, func, args):
        return list(map(func, args))


class AutoPool:
    def __init__(self, mode, processes):
        self.mode = mode
        if mode == "multiprocessing":
            self.pool = multiprocessing.Pool(processes=processes)
        else:
            self.pool = SerialPool()

    def map(self, func, args):
        if self.mode == "multiprocessing":
            return self.pool.map_async(func, args).get(timeout=10)  # [PKL009]
        return self.pool.map(func, args)

    def close(self):
        if self.mode == "multiprocessing":
            self.pool.terminate()


class WaterMarkCore:
    def __init__(self, strength=3, mode="multiprocessing"):
        self.strength = strength
        self.pool = AutoPool(mode=mode, processes=2)

    def embed_block(self, block):
        return block * self.strength

    def embed(self):
        return self.pool.map(self.embed_block, [1, 2, 3])


if __name__ == "__main__":
    core = WaterMarkCore()
    try:
        print(core.embed())
    finally:
        core.pool.close()

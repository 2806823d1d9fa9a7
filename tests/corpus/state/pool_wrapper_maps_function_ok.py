# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same AutoPool wrapper is given a module-level function and the strength as data: nothing holding the Pool is pickled
import multiprocessing
from functools import partial


def embed_block(strength, block):
    return block * strength


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
            return self.pool.map_async(func, args).get(timeout=10)
        return self.pool.map(func, args)

    def close(self):
        if self.mode == "multiprocessing":
            self.pool.terminate()


class WaterMarkCore:
    def __init__(self, strength=3, mode="multiprocessing"):
        self.strength = strength
        self.pool = AutoPool(mode=mode, processes=2)

    def embed(self):
        return self.pool.map(partial(embed_block, self.strength), [1, 2, 3])


if __name__ == "__main__":
    core = WaterMarkCore()
    try:
        print(core.embed())
    finally:
        core.pool.close()

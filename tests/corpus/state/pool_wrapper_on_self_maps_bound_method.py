# runtime: fork=error spawn=error forkserver=error
# error-contains: pool objects cannot be passed between processes or pickled
# summary: an object keeps a pool wrapper (whose Pool is made on one branch, None on the other) and maps its own bound method through it: the bound method pickles the object with the wrapper's Pool (blind_watermark 149)
import multiprocessing


class AutoPool:
    def __init__(self, mode, processes):
        self.mode = mode
        if mode == "multiprocessing":
            self.pool = multiprocessing.Pool(processes=processes)
        else:
            self.pool = None

    def map(self, func, args):
        if self.mode == "common":
            return list(map(func, args))
        return self.pool.map(func, args)  # [PKL009]

    def close(self):
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


class Marker:
    def __init__(self, mode="multiprocessing"):
        self.strength = 3
        self.pool = AutoPool(mode=mode, processes=2)

    def mark(self, block):
        return block + self.strength

    def embed(self, blocks):
        return self.pool.map(self.mark, blocks)


if __name__ == "__main__":
    marker = Marker()
    try:
        print(marker.embed([1, 2, 3]))
    finally:
        marker.pool.close()

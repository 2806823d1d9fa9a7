# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same processor's bar is made with disable=True, which keeps no output stream, so self pickles
from multiprocessing import Pool

from tqdm import tqdm


class Processor:
    def __init__(self, items):
        self.items = items
        self.bar = tqdm(total=len(items), disable=True)

    def square(self, x):
        return x * x

    def run(self):
        with Pool(2) as pool:
            out = pool.map(self.square, self.items)
        self.bar.update(len(out))
        self.bar.close()
        return out


if __name__ == "__main__":
    print(Processor([1, 2, 3]).run())

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: the processor keeps a tqdm bar (which holds sys.stderr) on self and maps its own bound method (progressbar issue 88)
from multiprocessing import Pool

from tqdm import tqdm


class Processor:
    def __init__(self, items):
        self.items = items
        self.bar = tqdm(total=len(items))

    def square(self, x):
        return x * x

    def run(self):
        with Pool(2) as pool:
            out = pool.map(self.square, self.items)  # [PKL009]
        self.bar.update(len(out))
        self.bar.close()
        return out


if __name__ == "__main__":
    print(Processor([1, 2, 3]).run())

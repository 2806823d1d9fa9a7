# runtime: fork=ok spawn=ok forkserver=ok
# summary: the executor makes its multiprocess Pool inside run() and keeps only numbers on self, so dill pickles a plain object with the bound method
from multiprocess import Pool


class Executor:
    def __init__(self):
        self.scale = 3

    def _case(self, x):
        return x * self.scale

    def run(self, args):
        with Pool(2) as pool:
            return pool.map_async(self._case, args).get(timeout=10)


if __name__ == "__main__":
    print(Executor().run([1, 2, 3]))

# runtime: fork=error spawn=error forkserver=error
# error-contains: pool objects cannot be passed between processes or pickled
# summary: a multiprocess (dill) Pool kept on self maps a bound method of the same object, so dill pickles self and its pool (multiprocess issue 18)
from multiprocess import Pool


class Executor:
    def __init__(self):
        self.pool = Pool(2)
        self.scale = 3

    def _case(self, x):
        return x * self.scale

    def run(self, args):
        return self.pool.map_async(self._case, args).get(timeout=10)  # [PKL009]


if __name__ == "__main__":
    executor = Executor()
    try:
        print(executor.run([1, 2, 3]))
    finally:
        executor.pool.terminate()

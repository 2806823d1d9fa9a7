# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a callable instance hands itself to the pool (pool.map(self, ...)); its __init__ stored an RLock
import multiprocessing
import threading


class Scaler:
    def __init__(self, factor):
        self.factor = factor
        self.guard = threading.RLock()

    def __call__(self, value):
        return value * self.factor

    def run(self, values):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self, values)  # [PKL005]


if __name__ == "__main__":
    print(Scaler(2).run([1, 2]))

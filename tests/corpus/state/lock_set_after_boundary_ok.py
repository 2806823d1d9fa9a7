# runtime: fork=ok spawn=ok forkserver=ok
# summary: the callable instance hands itself to the pool before a method stores a lock on it
import multiprocessing
import threading


class Scaler:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, value):
        return value * self.factor

    def attach_guard(self):
        self.guard = threading.Lock()

    def run(self, values):
        with multiprocessing.Pool(2) as pool:
            results = pool.map(self, values)
        self.attach_guard()
        with self.guard:
            return results


if __name__ == "__main__":
    print(Scaler(2).run([1, 2]))

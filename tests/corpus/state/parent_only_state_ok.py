# runtime: fork=ok spawn=ok forkserver=ok
# summary: the lock and file on self stay in the parent; the pool gets a module-level function and plain numbers
import multiprocessing
import os
import tempfile
import threading


def square(value):
    return value * value


class Collector:
    def __init__(self, path):
        self.lock = threading.Lock()
        self.out = open(path, "w")
        self.normalize = lambda x: abs(x)

    def run(self, values):
        with multiprocessing.Pool(2) as pool:
            results = pool.map(square, [self.normalize(v) for v in values])
        with self.lock:
            self.out.write(str(results))
        self.out.close()
        return results


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        print(Collector(os.path.join(folder, "out.txt")).run([1, -2, 3]))

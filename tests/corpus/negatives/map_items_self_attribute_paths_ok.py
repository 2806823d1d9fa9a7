# runtime: fork=ok spawn=ok forkserver=ok
# summary: lists kept on self whose items pickle: paths built in __init__, and a list that add() fills with paths while one open file is only read in the parent
import multiprocessing
import os


def size(path):
    with open(path) as handle:
        return len(handle.read())


class Runner:
    def __init__(self, paths):
        self.paths = [os.path.abspath(p) for p in paths]
        self.extra = []
        self.log = open(os.devnull, "a")

    def add(self, path):
        self.extra.append(path)
        self.log.write(path + "\n")

    def run(self):
        with multiprocessing.Pool(2) as pool:
            return pool.map(size, self.paths) + pool.map(size, self.extra)


if __name__ == "__main__":
    runner = Runner([os.devnull])
    runner.add(os.devnull)
    print(runner.run())

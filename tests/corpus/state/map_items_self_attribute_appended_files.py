# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: self.handles starts empty and add() appends open files to it; run() maps over it
import multiprocessing
import os


def size(handle):
    return len(handle.name)


class Runner:
    def __init__(self):
        self.handles = []

    def add(self, path):
        self.handles.append(open(path))

    def run(self):
        with multiprocessing.Pool(2) as pool:
            return pool.map(size, self.handles)  # [PKL004]


if __name__ == "__main__":
    runner = Runner()
    runner.add(os.devnull)
    print(runner.run())

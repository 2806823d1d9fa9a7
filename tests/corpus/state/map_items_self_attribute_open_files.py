# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: pool.map over self.handles, a list of open files that __init__ builds
import multiprocessing
import os


def size(handle):
    return len(handle.name)


class Runner:
    def __init__(self, paths):
        self.handles = [open(p) for p in paths]

    def run(self):
        with multiprocessing.Pool(2) as pool:
            return pool.map(size, self.handles)  # [PKL004]


if __name__ == "__main__":
    print(Runner([os.devnull, os.devnull]).run())

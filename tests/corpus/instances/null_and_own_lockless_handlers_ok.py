# runtime: fork=ok spawn=ok forkserver=ok
# summary: a NullHandler (its createLock keeps no lock) and a project handler that drops its lock in __getstate__ both cross to a pool; neither holds an RLock when pickled
import logging
import multiprocessing


class CountingHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def emit(self, record):
        self.count += 1

    def __getstate__(self):
        state = self.__dict__.copy()
        state["lock"] = None
        return state


def describe(handler):
    return type(handler).__name__


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(describe, [logging.NullHandler(), CountingHandler()]))

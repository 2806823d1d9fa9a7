# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: an instance holding another instance that holds a logging handler fails
import logging
import multiprocessing


class Sink:
    def __init__(self):
        self.handler = logging.StreamHandler()


class Pipeline:
    def __init__(self):
        self.name = "etl"
        self.sink = Sink()


def describe(pipeline):
    return pipeline.name


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(describe, (Pipeline(),)))  # [PKL005]

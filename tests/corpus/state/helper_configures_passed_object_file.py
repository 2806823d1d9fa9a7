# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: a set-up helper adds an open log file to the logger it is given and returns that logger, which goes to the workers through Pool(initializer=...)
import os
from multiprocessing import Pool

logger = None


class StreamLogger:
    def __init__(self):
        self.sinks = []

    def add(self, sink, prefix):
        self.sinks.append((sink, prefix))

    def info(self, message):
        for sink, prefix in self.sinks:
            sink.write(prefix + message + "\n")


def configure(log, target="file", path=os.devnull):
    if target == "file":
        log.add(open(path, "a"), "job: ")
    return log


def install(log):
    global logger
    logger = log


def work(n):
    logger.info(f"square of {n}")
    return n * n


if __name__ == "__main__":
    shared_logger = configure(StreamLogger())
    with Pool(2, initializer=install, initargs=(shared_logger,)) as pool:  # [PKL005]
        print(pool.map(work, [1, 2, 3]))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the set-up helper only adds an open file for target="file"; the caller asks for "memory", so the logger given to the workers holds nothing but names
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
    else:
        log.add(target, "job: ")
    return log


def install(log):
    global logger
    logger = log


def work(n):
    return n * n


if __name__ == "__main__":
    shared_logger = configure(StreamLogger(), target="memory")
    with Pool(2, initializer=install, initargs=(shared_logger,)) as pool:
        print(pool.map(work, [1, 2, 3]))

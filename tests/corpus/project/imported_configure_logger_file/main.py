# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: a logger class and its configure() live in another module; configure(logger) adds an open file to the logger in place, and the logger goes to the workers through Pool(initializer=...)
from multiprocessing import Pool

from cfglog_setup import StreamLogger, configure

log = None


def install(logger):
    global log
    log = logger


def square(n):
    return n * n


if __name__ == "__main__":
    logger = StreamLogger("batch")
    configure(logger)
    with Pool(2, initializer=install, initargs=(logger,)) as pool:  # [PKL005]
        print(pool.map(square, [1, 2, 3]))

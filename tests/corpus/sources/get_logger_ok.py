# runtime: fork=ok spawn=ok forkserver=ok
# summary: loggers from logging.getLogger pickle by name
import logging
import multiprocessing


def describe(logger):
    return logger.name


if __name__ == "__main__":
    logger = logging.getLogger("app.worker")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(describe, [logger, logging.getLogger()]))

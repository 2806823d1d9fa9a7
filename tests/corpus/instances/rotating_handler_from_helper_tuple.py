# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a job keeps the logger and the RotatingFileHandler a helper returns with it on self; submitting its bound method pickles the handler, whose lock comes from logging.Handler.__init__ (concurrent-log-handler 24, reproduced blind)
import logging
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from logging.handlers import RotatingFileHandler


def job_logger(path):
    logger = logging.getLogger("squares")
    handler = RotatingFileHandler(path, maxBytes=65536, backupCount=2)
    logger.addHandler(handler)
    return logger, handler


class SquareJob:
    def __init__(self, path):
        self.logger, self.handler = job_logger(path)

    def square(self, x):
        return x * x


if __name__ == "__main__":
    job = SquareJob(os.path.join(tempfile.mkdtemp(), "jobs.log"))
    try:
        with ProcessPoolExecutor(2) as executor:
            print(list(executor.map(job.square, range(4))))  # [PKL009]
    finally:
        job.handler.close()

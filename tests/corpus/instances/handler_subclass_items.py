# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a logging.Handler subclass holds the handler's RLock
import logging
import multiprocessing


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


def level_of(handler):
    return handler.level


if __name__ == "__main__":
    handlers = [ListHandler(), ListHandler()]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(level_of, handlers))  # [PKL005]

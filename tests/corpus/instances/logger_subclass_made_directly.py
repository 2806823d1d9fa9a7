# runtime: fork=error spawn=error forkserver=error
# error-contains: logger cannot be pickled
# summary: a tool makes its logger by instantiating its own `logging.Logger` subclass (not through `getLogger`) and passes it to every pool task; `Logger.__reduce__` refuses a logger `getLogger(name)` would not give back (UROPA 14)
import logging
import multiprocessing
import sys


class ToolLogger(logging.Logger):
    def __init__(self, debug=False):
        logging.Logger.__init__(self, "tool")
        self.setLevel(logging.DEBUG if debug else logging.INFO)
        self.addHandler(logging.StreamHandler(sys.stdout))


def annotate(chunk, logger):
    return [peak * 2 for peak in chunk]


if __name__ == "__main__":
    logger = ToolLogger()
    with multiprocessing.Pool(2) as pool:
        tasks = [pool.apply_async(annotate, (chunk, logger)) for chunk in ([1, 2], [3])]  # [PKL005]
        print([task.get(timeout=10) for task in tasks])

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the look-alike: the tool sets its `logging.Logger` subclass as the logger class and asks `getLogger` for the logger, so it pickles as `getLogger("tool")` and each worker gets its own
import logging
import multiprocessing


class ToolLogger(logging.Logger):
    def trace(self, message):
        self.log(5, message)


def annotate(chunk, logger):
    logger.info("annotating %d peaks", len(chunk))
    return [peak * 2 for peak in chunk]


logging.setLoggerClass(ToolLogger)

if __name__ == "__main__":
    logger = logging.getLogger("tool")
    with multiprocessing.Pool(2) as pool:
        tasks = [pool.apply_async(annotate, (chunk, logger)) for chunk in ([1, 2], [3])]
        print([task.get(timeout=10) for task in tasks])

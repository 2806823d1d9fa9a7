# runtime: fork=error spawn=error forkserver=error
# error-contains: logger cannot be pickled
# summary: logging.Logger("x") built directly is not the registered logger, so it refuses to pickle
import logging
import multiprocessing


def describe(logger):
    return logger.name


if __name__ == "__main__":
    logger = logging.Logger("direct")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(describe, [logger]))  # [PKL004]

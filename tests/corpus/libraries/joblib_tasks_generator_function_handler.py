# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a generator function yields delayed tasks that carry a logging handler (its lock); Parallel gets the generator (joblib issue 634)
import logging
import sys

from joblib import Parallel, delayed


def work(i, handler):
    return i * 2


def make_tasks(n, handler):
    for i in range(n):
        yield delayed(work)(i, handler)  # [PKL004]


if __name__ == "__main__":
    print(Parallel(n_jobs=2)(make_tasks(3, logging.StreamHandler(sys.stdout))))

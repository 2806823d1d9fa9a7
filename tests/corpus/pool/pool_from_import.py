# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: `from multiprocessing import Pool as P` is the same sink
import threading
from multiprocessing import Pool as P


def describe(item):
    return type(item).__name__


if __name__ == "__main__":
    with P(2) as workers:
        print(workers.map(describe, [threading.Lock()]))  # [PKL004]

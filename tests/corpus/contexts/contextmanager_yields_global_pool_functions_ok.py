# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same global pool yielded by the @contextmanager helper maps moments whose functions are module-level, which pickle by name
import multiprocessing
from contextlib import contextmanager

_pool = None


@contextmanager
def parallel(processes):
    global _pool
    with multiprocessing.Pool(processes) as _pool:
        yield _pool
    _pool = None


class Moment:
    def __init__(self, name, compute):
        self.name = name
        self.compute = compute


def double(x):
    return 2 * x


def square(x):
    return x * x


def evaluate(moment):
    return moment.name, moment.compute(2.0)


if __name__ == "__main__":
    moments = [Moment("double", double), Moment("square", square)]
    with parallel(2) as pool:
        print(pool.map(evaluate, moments))

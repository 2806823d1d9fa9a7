# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: `with parallel(2) as pool:` where the @contextmanager generator fills a global with `with multiprocessing.Pool(n) as _pool:` and yields it; the tasks mapped over the pool carry lambdas (pyblp 137's parallel helper)
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


def evaluate(moment):
    return moment.name, moment.compute(2.0)


if __name__ == "__main__":
    moments = [Moment("double", lambda x: 2 * x), Moment("square", lambda x: x * x)]
    with parallel(2) as pool:
        print(pool.map(evaluate, moments))  # [PKL005]

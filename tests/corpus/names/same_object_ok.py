# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alikes that keep one object per name: a functools.wraps wrapper, a decorator returning the function itself, a matching namedtuple name, an instance of the final class
import functools
import multiprocessing
from collections import namedtuple

REGISTRY = []


def logged(function):
    @functools.wraps(function)
    def wrapper(*args):
        return function(*args)

    return wrapper


def registered(function):
    REGISTRY.append(function.__name__)
    return function


@logged
def double(x):
    return x * 2


@registered
def triple(x):
    return x * 3


Point = namedtuple("Point", ["x", "y"])


class Job:
    pass


class Job:
    def __init__(self, n):
        self.n = n


def size(job):
    return job.n


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(double, [1]), pool.map(triple, [1]), pool.map(sum, [Point(1, 2)]))
        print(pool.map(size, [Job(4)]))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the namedtuple's type name is the name it is bound to, so pickle finds the class
import multiprocessing
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])


def total(point):
    return point.x + point.y


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(total, [Point(1, 2)]))

# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Pt on __main__ failed
# summary: namedtuple("Pt", ...) bound to Point: pickle looks the class up as Pt and finds nothing
import multiprocessing
from collections import namedtuple

Point = namedtuple("Pt", ["x", "y"])


def total(point):
    return point.x + point.y


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(total, [Point(1, 2)]))  # [PKL014]

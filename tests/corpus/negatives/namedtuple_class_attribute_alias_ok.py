# runtime: fork=ok spawn=ok forkserver=ok
# summary: a class attribute that refers to a module-level namedtuple, or a NamedTuple class nested by `class` syntax, pickles by its real name
import multiprocessing
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", "x y")


class Shapes:
    Point = Point

    class Size(NamedTuple):
        width: int
        height: int


def area(item):
    point, size = item
    return (point.x + point.y) * size.width * size.height


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(area, [(Shapes.Point(1, 2), Shapes.Size(3, 4))]))

# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <class '__main__.Point'>
# summary: a namedtuple made in a class body is named `Point`, not `Shapes.Point`: pickle finds no `Point` in the module
import collections
import multiprocessing


class Shapes:
    Point = collections.namedtuple("Point", "x y")

    def corner(self):
        return self.Point(0, 0)


def norm(point):
    return abs(point.x) + abs(point.y)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(norm, [Shapes.Point(1, 2)]))  # [PKL002]

# runtime: fork=ok spawn=ok forkserver=ok
# summary: instances of module-level classes with plain attributes pickle fine
import multiprocessing


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = {"origin": x == y == 0}


def norm(point):
    return point.x**2 + point.y**2


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(norm, [Point(1, 2), Point(0, 0)]))

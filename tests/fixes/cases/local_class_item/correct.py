import multiprocessing


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm(point):
    return abs(point.x) + abs(point.y)


def main():
    with multiprocessing.Pool(2) as pool:
        print(pool.map(norm, [Point(1, -2), Point(3, 4)]))


if __name__ == "__main__":
    main()

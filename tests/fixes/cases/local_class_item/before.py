# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'main.<locals>.Point'
# summary: instances of a class defined in a function cannot be pickled; the class moves out
# fix: PKL002 Move the local class
import multiprocessing


def norm(point):
    return abs(point.x) + abs(point.y)


def main():
    class Point:
        def __init__(self, x, y):
            self.x = x
            self.y = y

    with multiprocessing.Pool(2) as pool:
        print(pool.map(norm, [Point(1, -2), Point(3, 4)]))


if __name__ == "__main__":
    main()

# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: an instance of a class defined inside a function cannot be pickled
import multiprocessing


def describe(item):
    return item.value


def main():
    class Point:
        def __init__(self, value):
            self.value = value

    with multiprocessing.Pool(2) as pool:
        print(pool.map(describe, [Point(1)]))  # [PKL002]


if __name__ == "__main__":
    main()

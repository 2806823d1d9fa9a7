# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <class '__main__.Row'>
# summary: a namedtuple class created inside a function cannot be found by pickle
import collections
import multiprocessing


def first(row):
    return row.a


def main():
    Row = collections.namedtuple("Row", "a b")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(first, [Row(1, 2)]))  # [PKL002]


if __name__ == "__main__":
    main()

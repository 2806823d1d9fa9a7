# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike: the same Enum at module level; its members pickle by name, iterated or one by one
import enum
from multiprocessing import Pool


class Color(enum.Enum):
    RED = 1
    BLUE = 2


def square(color):
    return color.value**2


def main():
    with Pool(2) as pool:
        print(pool.map(square, list(Color)))
        print(pool.map(square, Color))
        print(pool.apply(square, (Color.RED,)))


if __name__ == "__main__":
    main()

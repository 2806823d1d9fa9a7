# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'main.<locals>.Color'
# summary: the members of an Enum defined inside a function (iterated with list(Color)) are instances of a local class; a member pickles by its class
import enum
from multiprocessing import Pool


def square(color):
    return color.value**2


def main():
    class Color(enum.Enum):
        RED = 1
        BLUE = 2

    with Pool(2) as pool:
        print(pool.map(square, list(Color)))  # [PKL002]
        print(pool.apply(square, (Color.RED,)))  # [PKL002]


if __name__ == "__main__":
    main()

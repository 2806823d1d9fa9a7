# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'main.<locals>.Color'
# summary: the members of an Enum defined in a function pickle by their class, which cannot be found; the Enum moves out
# fix: PKL002 Move the local class
import enum
from multiprocessing import Pool


def square(color):
    return color.value**2


def main():
    class Color(enum.Enum):
        RED = 1
        BLUE = 2

    with Pool(2) as pool:
        print(pool.map(square, list(Color)))


if __name__ == "__main__":
    main()

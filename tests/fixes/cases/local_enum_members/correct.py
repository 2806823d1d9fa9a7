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


if __name__ == "__main__":
    main()

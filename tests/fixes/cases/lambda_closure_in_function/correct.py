import functools
import multiprocessing


def scale(factor, x):
    return x * factor


def main():
    factor = 3
    with multiprocessing.Pool(2) as pool:
        print(pool.map(functools.partial(scale, factor), range(5)))


if __name__ == "__main__":
    main()

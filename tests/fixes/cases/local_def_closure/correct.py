import functools
import multiprocessing


def multiply(factor, x):
    return x * factor


def main():
    factor = 4
    with multiprocessing.Pool(2) as pool:
        print(pool.map(functools.partial(multiply, factor), range(6)))


if __name__ == "__main__":
    main()

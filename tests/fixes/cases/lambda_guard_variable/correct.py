import functools
import multiprocessing


def shift(offset, x):
    return x + offset


if __name__ == "__main__":
    offset = 10
    with multiprocessing.Pool(2) as pool:
        print(pool.map(functools.partial(shift, offset), [1, 2, 3]))

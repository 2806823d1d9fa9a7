import functools
import multiprocessing


def clamp(low, high, x):
    return min(max(x, low), high)


def run(low, high):
    with multiprocessing.Pool(2) as pool:
        return pool.map(functools.partial(clamp, low, high), range(10))


if __name__ == "__main__":
    print(run(3, 6))

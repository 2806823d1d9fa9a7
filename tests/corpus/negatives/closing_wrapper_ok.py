# runtime: fork=ok spawn=ok forkserver=ok
# summary: a pool opened through contextlib.closing with plain task items
import contextlib
import multiprocessing


def square(x):
    return x * x


if __name__ == "__main__":
    with contextlib.closing(multiprocessing.Pool(2)) as pool:
        print(pool.map(square, range(4)))

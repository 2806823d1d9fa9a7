"""Pool.map of a function defined in the script (pickled by reference as __main__.square_in_pool)."""

import multiprocessing
import sys


def square_in_pool(number):
    total = 0
    for _ in range(2000):
        total += number * number
    return total // 2000


if __name__ == "__main__":
    context = multiprocessing.get_context(sys.argv[1])
    with context.Pool(2) as pool:
        print(pool.map(square_in_pool, range(8), chunksize=1))

"""ProcessPoolExecutor.map of a function defined in the script."""

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor


def cube_in_executor(number):
    total = 0
    for _ in range(2000):
        total += number * number * number
    return total // 2000


if __name__ == "__main__":
    context = multiprocessing.get_context(sys.argv[1])
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as executor:
        print(list(executor.map(cube_in_executor, range(6))))

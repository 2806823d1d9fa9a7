# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'traceback' object
# summary: a worker catches its exception and returns sys.exc_info() for the parent to log; the traceback in it cannot travel back
import sys
from concurrent.futures import ProcessPoolExecutor


def risky(x):
    try:
        return 10 // x, None
    except ZeroDivisionError:
        return None, sys.exc_info()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        for value, error in executor.map(risky, [5, 0]):  # [PKL007]
            print(value, error[0].__name__ if error else "-")

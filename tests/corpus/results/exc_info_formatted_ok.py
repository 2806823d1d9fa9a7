# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same worker sends back the exception's type name and formatted message, plain strings, instead of sys.exc_info()
import sys
import traceback
from concurrent.futures import ProcessPoolExecutor


def risky(x):
    try:
        return 10 // x, None
    except ZeroDivisionError:
        kind, error, _trace = sys.exc_info()
        return None, (kind.__name__, traceback.format_exception_only(kind, error)[-1].strip())


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        for value, error in executor.map(risky, [5, 0]):
            print(value, error)

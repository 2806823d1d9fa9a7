# runtime: fork=ok spawn=ok forkserver=ok
# summary: the validation decorator returns a functools.wraps wrapper function instead of an object proxy; module-level decoration binds the wrapper to the name it pickles by
import functools
from concurrent.futures import ProcessPoolExecutor


def check_ints(args):
    if not all(isinstance(arg, int) for arg in args):
        raise TypeError("expected int arguments")


def runtime_validation(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        check_ints(args)
        return fn(*args, **kwargs)

    return wrapper


@runtime_validation
def square(x):
    return x * x


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(square, [1, 2, 3])))

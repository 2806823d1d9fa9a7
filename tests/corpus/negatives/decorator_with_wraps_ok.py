# runtime: fork=ok spawn=ok forkserver=ok
# summary: functools.wraps gives the wrapper the module-level qualified name, so pickle finds it
import functools
import multiprocessing


def logged(func):
    @functools.wraps(func)
    def wrapper(x):
        return func(x)

    return wrapper


@logged
def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(3)))

# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: a decorator returning a bare inner wrapper makes the module-level name point to a local object
import multiprocessing


def logged(func):
    def wrapper(x):
        return func(x)

    return wrapper


@logged
def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(3)))  # [PKL002]

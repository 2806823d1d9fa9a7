# runtime: fork=ok spawn=ok forkserver=ok
# summary: registries that keep what the name is bound to: one stores the functools.wraps wrapper it returns, one returns the function it stores; both tables pickle their functions by name
import functools
import multiprocessing

TASKS = {}
CHECKS = {}


def task(func):
    @functools.wraps(func)
    def logged(*args):
        return func(*args)

    TASKS[func.__name__] = logged
    return logged


def check(func):
    CHECKS[func.__name__] = func
    return func


@task
def resize(size):
    return size // 2


@check
def positive(value):
    return value > 0


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(TASKS["resize"], [640, 480]), pool.map(CHECKS["positive"], [-1, 2]))

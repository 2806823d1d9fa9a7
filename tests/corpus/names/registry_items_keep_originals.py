# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.double
# summary: @task keeps the undecorated function in TASKS and rebinds the name to a functools.wraps wrapper; run_all maps every value of TASKS.items() (doit-api)
import functools
import multiprocessing

TASKS = {}


def task(func):
    TASKS[func.__name__] = func

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


@task
def double(x):
    return x * 2


def run_all():
    with multiprocessing.Pool(2) as pool:
        return {name: pool.map(fn, [1, 2]) for name, fn in TASKS.items()}  # [PKL014]


if __name__ == "__main__":
    print(run_all())

# runtime: fork=ok spawn=ok forkserver=ok
# summary: @task stores the functools.wraps wrapper it returns, the object the module name now holds, so every value of TASKS.items() pickles by name
import functools
import multiprocessing

TASKS = {}


def task(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    TASKS[func.__name__] = wrapper
    return wrapper


@task
def double(x):
    return x * 2


def run_all():
    with multiprocessing.Pool(2) as pool:
        return {name: pool.map(fn, [1, 2]) for name, fn in TASKS.items()}


if __name__ == "__main__":
    print(run_all())

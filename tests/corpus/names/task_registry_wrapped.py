# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.resize
# summary: a @task decorator stores the original function in TASKS and binds the name to its timing wrapper; the function looked up in TASKS no longer matches its name
import functools
import multiprocessing
import time

TASKS = {}


def task(func):
    TASKS[func.__name__] = func

    @functools.wraps(func)
    def timed(*args):
        start = time.perf_counter()
        try:
            return func(*args)
        finally:
            print(f"{func.__name__} took {time.perf_counter() - start:.3f}s")

    return timed


@task
def resize(size):
    return size // 2


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(TASKS["resize"], [640, 480]))  # [PKL014]

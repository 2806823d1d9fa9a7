# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same `@retry(attempts=3)` wrapt decorator, but the pool runs a plain module-level function that calls the wrapped one inside the worker, so only the plain function is pickled
import multiprocessing
import time

import wrapt


def retry(attempts=3, delay=0.01):
    @wrapt.decorator
    def retrying(wrapped, instance, args, kwargs):
        for attempt in range(attempts):
            try:
                return wrapped(*args, **kwargs)
            except OSError:
                if attempt == attempts - 1:
                    raise
                time.sleep(delay)

    return retrying


@retry(attempts=3)
def fetch(n):
    return n * n


def fetch_task(n):
    return fetch(n)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(fetch_task, range(5)))

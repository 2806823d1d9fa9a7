# runtime: fork=error spawn=error forkserver=error
# error-contains: object proxy must define __reduce__
# summary: `@retry(attempts=3)` is a factory that returns a local `@wrapt.decorator` function, so the decorated task is a wrapt FunctionWrapper; Pool.map pickles it as the worker function
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


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(fetch, range(5)))  # [PKL004]

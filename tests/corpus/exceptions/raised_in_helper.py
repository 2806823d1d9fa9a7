# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument
# summary: the worker calls a validation helper that raises an exception whose __init__ cannot be called again from its args: the pool's result thread breaks
import multiprocessing


class BadInput(ValueError):
    def __init__(self, value, reason):
        super().__init__(f"{value}: {reason}")


def validate(value):
    if value > 0:
        raise BadInput(value, "positive")
    return value


def work(value):
    return validate(value) * 2


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        result = pool.map_async(work, [1])  # [PKL008]
        print(result.get(timeout=5))

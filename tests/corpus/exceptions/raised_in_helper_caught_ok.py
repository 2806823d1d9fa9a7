# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same helper's exception is caught in the worker and turned into plain data
import multiprocessing


class BadInput(ValueError):
    def __init__(self, value, reason):
        super().__init__(f"{value}: {reason}")


def validate(value):
    if value > 0:
        raise BadInput(value, "positive")
    return value


def work(value):
    try:
        return validate(value) * 2
    except BadInput as error:
        return str(error)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map_async(work, [1]).get(timeout=5))

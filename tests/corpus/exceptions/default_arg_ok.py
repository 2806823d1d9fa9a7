# runtime: fork=ok spawn=ok forkserver=ok
# summary: an extra __init__ argument with a default does not break unpickling
import multiprocessing


class LimitError(Exception):
    def __init__(self, message, limit=10):
        super().__init__(message)
        self.limit = limit


def check(n):
    raise LimitError(f"too big: {n}")


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(check, [11])
        except LimitError as error:
            print("caught", error)

# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument
# summary: a worker exception whose __init__ needs two args but passes one to super() breaks the pool's result thread
import multiprocessing


class RecordError(Exception):
    def __init__(self, record, reason):
        super().__init__(f"{record}: {reason}")
        self.record = record


def check(record):
    raise RecordError(record, "bad")


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        result = pool.map_async(check, [1])  # [PKL008]
        print(result.get(timeout=5))

# runtime: fork=error spawn=error forkserver=error
# error-contains: BrokenProcessPool
# summary: an exception whose __init__ needs a keyword-only argument cannot be rebuilt from args
from concurrent.futures import ProcessPoolExecutor


class QuotaError(Exception):
    def __init__(self, message, *, quota):
        super().__init__(message)
        self.quota = quota


def spend(n):
    raise QuotaError(f"spent {n}", quota=10)


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        print(executor.submit(spend, 11).result(timeout=10))  # [PKL008]

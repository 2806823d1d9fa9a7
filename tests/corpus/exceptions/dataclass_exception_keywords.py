# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 2 required positional arguments
# summary: a dataclass exception raised with keywords keeps empty args; the parent cannot rebuild it
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass


@dataclass
class QuotaExceeded(Exception):
    user: str
    limit: int


def consume(user):
    raise QuotaExceeded(user=user, limit=10)


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        try:
            executor.submit(consume, "ann").result(timeout=10)  # [PKL008]
        except QuotaExceeded as exc:
            print("quota", exc.user, exc.limit)

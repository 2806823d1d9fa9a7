# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same dataclass exception raised with positional arguments: its args rebuild it
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass


@dataclass
class QuotaExceeded(Exception):
    user: str
    limit: int


def consume(user):
    raise QuotaExceeded(user, 10)


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        try:
            executor.submit(consume, "ann").result(timeout=10)
        except QuotaExceeded as exc:
            print("quota", exc.user, exc.limit)

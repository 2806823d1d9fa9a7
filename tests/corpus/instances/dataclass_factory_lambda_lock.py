# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a dataclass field whose default_factory lambda makes a lock holds one in every instance
import dataclasses
import multiprocessing
import threading


@dataclasses.dataclass
class Account:
    balance: int = 0
    guard: threading.Lock = dataclasses.field(default_factory=lambda: threading.Lock())


def total(account):
    return account.balance


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(total, [Account(1), Account(2)]))  # [PKL005]

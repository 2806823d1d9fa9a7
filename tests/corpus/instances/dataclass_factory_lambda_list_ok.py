# runtime: fork=ok spawn=ok forkserver=ok
# summary: a default_factory lambda is called at construction; the list it makes pickles
import dataclasses
import multiprocessing


@dataclasses.dataclass
class Account:
    balance: int = 0
    history: list = dataclasses.field(default_factory=lambda: [0, 0])


def total(account):
    return account.balance


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(total, [Account(1), Account(2)]))

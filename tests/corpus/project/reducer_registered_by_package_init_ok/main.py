# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: a ledger keeping a lock goes to Pool.map, but importing its package runs rpi_store/__init__, which imports a module registering a ForkingPickler reducer that sends only its name
from multiprocessing import Pool

from rpi_store import Ledger


def balance(ledger, account):
    return f"{ledger.name}:{account}"


if __name__ == "__main__":
    ledger = Ledger("main")
    with Pool(2) as pool:
        print(pool.starmap(balance, [(ledger, "a"), (ledger, "b")]))

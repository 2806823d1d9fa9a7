# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a ledger keeping a lock goes to Pool.starmap; the package has a module registering a ForkingPickler reducer for it, but nothing imports that module, so the lock is pickled
from multiprocessing import Pool

from rpj_store import Ledger


def balance(ledger, account):
    return f"{ledger.name}:{account}"


if __name__ == "__main__":
    ledger = Ledger("main")
    with Pool(2) as pool:
        print(pool.starmap(balance, [(ledger, "a"), (ledger, "b")]))  # [PKL005]

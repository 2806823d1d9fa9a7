# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'mappingproxy' object
# summary: a read-only mappingproxy travels as a dict and is wrapped again; a threading.local is new
# fix: PKL005 Add `__getstate__`
# round-trip: Prices({"apple": 3, "pear": 5})
import multiprocessing
import threading
import types


class Prices:
    def __init__(self, table):
        self.table = types.MappingProxyType(dict(table))
        self.cache = threading.local()

    def total(self, names):
        self.cache.last = names
        return sum(self.table[name] for name in names)


def total(prices, names):
    return prices.total(names)


if __name__ == "__main__":
    prices = Prices({"apple": 3, "pear": 5})
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(total, [(prices, ["apple"]), (prices, ["apple", "pear"])]))

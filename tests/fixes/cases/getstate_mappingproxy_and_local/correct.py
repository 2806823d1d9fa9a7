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

    def __reduce__(self):
        return Prices, (dict(self.table),)


def total(prices, names):
    return prices.total(names)


if __name__ == "__main__":
    prices = Prices({"apple": 3, "pear": 5})
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(total, [(prices, ["apple"]), (prices, ["apple", "pear"])]))

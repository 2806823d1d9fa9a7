# runtime: fork=ok spawn=ok forkserver=ok
# summary: the look-alike: the repository keeps only the URI and the names, and reaches `client.shop.orders` lazily in the process that uses it, so the Pool pickles strings
import multiprocessing

from pymongo import MongoClient


class OrderRepository:
    def __init__(self, uri):
        self.uri = uri
        self.cache = {}
        self._orders = None

    @property
    def orders(self):
        if self._orders is None:
            client = MongoClient(self.uri, connect=False, serverSelectionTimeoutMS=200)
            self._orders = client.shop.orders
        return self._orders

    def price(self, n):
        self.cache[n] = n * 3
        return self.cache[n]


if __name__ == "__main__":
    repository = OrderRepository("mongodb://localhost:27017")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(repository.price, range(4)))

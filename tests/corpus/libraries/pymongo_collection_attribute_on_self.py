# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a repository keeps `MongoClient(...).shop.orders` on `self` (a Collection reached through the client's `__getattr__`, keeping the client) and maps its bound method over a Pool (pathos 85)
import multiprocessing

from pymongo import MongoClient


class OrderRepository:
    def __init__(self, uri):
        self.cache = {}
        self.orders = MongoClient(uri, connect=False, serverSelectionTimeoutMS=200).shop.orders

    def price(self, n):
        self.cache[n] = n * 3
        return self.cache[n]


if __name__ == "__main__":
    repository = OrderRepository("mongodb://localhost:27017")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(repository.price, range(4)))  # [PKL009]

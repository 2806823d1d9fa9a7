# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a Redis client kept on self goes with the bound method; its connection pool holds locks
import multiprocessing

import redis


class Cache:
    def __init__(self):
        self.client = redis.Redis(host="localhost", port=6379)

    def key_for(self, item):
        return f"item:{item}"

    def keys(self, items):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.key_for, items)  # [PKL009]


if __name__ == "__main__":
    print(Cache().keys([1, 2]))

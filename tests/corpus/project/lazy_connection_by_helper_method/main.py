# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: sync() of a class in a sibling module calls self._connect(), which keeps a sqlite connection on the object; the store is then every task item
from concurrent.futures import ProcessPoolExecutor

from lcm_store import FeatureStore


def score(store, key):
    return store.get(key) * 2


if __name__ == "__main__":
    store = FeatureStore({"a": 1.0, "b": 2.5})
    print("synced:", store.sync())
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(score, [store, store], ["a", "b"])))  # [PKL005]

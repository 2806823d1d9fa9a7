# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same store closes its connection (self._conn = None) before it is sent: it pickles with plain data
from concurrent.futures import ProcessPoolExecutor

from lcc_store import FeatureStore


def score(store, key):
    return store.get(key) * 2


if __name__ == "__main__":
    store = FeatureStore({"a": 1.0, "b": 2.5})
    print("synced:", store.sync())
    store.close()
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(score, [store, store], ["a", "b"])))

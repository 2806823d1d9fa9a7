# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: the executor class is a parameter (`with parallel(max_workers=2) as ex`) every call gives ProcessPoolExecutor; the partial it maps binds a registry whose store keeps an RLock (VirtualiZarr 889)
import functools
import threading
from concurrent.futures import ProcessPoolExecutor


class ObjectStore:
    """obstore.store.S3Store stand-in: a native client guarded by a lock."""

    def __init__(self, bucket):
        self.bucket = bucket
        self._client_lock = threading.RLock()

    def get_range(self, path, start, end):
        return f"{self.bucket}/{path}[{start}:{end}]"


class ObjectStoreRegistry:
    def __init__(self, stores):
        self._stores = dict(stores)

    def resolve(self, url):
        for prefix, store in self._stores.items():
            if url.startswith(prefix):
                return store, url[len(prefix) + 1:]
        raise KeyError(url)


class HDFParser:
    def __call__(self, url, registry):
        store, path = registry.resolve(url)
        return {"url": url, "header": store.get_range(path, 0, 8)}


def open_virtual_dataset(url, registry, parser):
    return parser(url, registry)


def open_virtual_mfdataset(urls, registry, parser, parallel):
    func = functools.partial(open_virtual_dataset, registry=registry, parser=parser)
    with parallel(max_workers=2) as ex:
        return list(ex.map(func, urls))  # [PKL005]


if __name__ == "__main__":
    bucket = "s3://noaa-gfdl-spear-large-ensembles-pds"
    registry = ObjectStoreRegistry({bucket: ObjectStore(bucket)})
    urls = [f"{bucket}/tas_{i}.nc" for i in range(3)]
    print(open_virtual_mfdataset(urls, registry, HDFParser(), ProcessPoolExecutor))

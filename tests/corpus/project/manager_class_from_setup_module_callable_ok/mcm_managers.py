from multiprocessing.managers import BaseManager


class Cache:
    def __init__(self):
        self.data = {}

    def put(self, key, value):
        self.data[key] = value
        return len(self.data)


class CacheManager(BaseManager):
    pass


def make_cache():
    return Cache()


def setup():
    CacheManager.register("Cache", callable=make_cache)
    return CacheManager

from multiprocessing.managers import BaseManager


class Cache:
    def __init__(self):
        self.data = {}

    def put(self, key, value):
        self.data[key] = value
        return len(self.data)


class CacheManager(BaseManager):
    pass


def setup():
    def make_cache():
        return Cache()

    CacheManager.register("Cache", callable=make_cache)
    return CacheManager

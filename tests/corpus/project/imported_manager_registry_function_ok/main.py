# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike: the manager class of another module registers the class itself, which pickles by name; a registration made here names a module-level function
from imf_managers import Cache, CacheManager


def make_cache():
    return Cache()


CacheManager.register("Other", callable=make_cache)

if __name__ == "__main__":
    with CacheManager() as manager:
        print(manager.Cache().put("a", 1), manager.Other().put("b", 2))

# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: a manager class of another module registers a lambda as a typeid's callable; start() here sends the registry to the spawned server process
from imr_managers import CacheManager

if __name__ == "__main__":
    manager = CacheManager()
    manager.start()  # [PKL001]
    try:
        print(manager.Cache().put("a", 1))
    finally:
        manager.shutdown()

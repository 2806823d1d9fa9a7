# runtime: fork=ok spawn=ok forkserver=ok
# summary: a service of another module submits the bound method of the cache its constructor is given; the cache's __getstate__ drops both its lock and its open journal, so the bound method pickles
from go_loader import warmed_cache
from go_service import LookupService

if __name__ == "__main__":
    service = LookupService(warmed_cache([("FR", "France"), ("JP", "Japan")]))
    print(service.resolve(["FR", "JP", "XX"]))

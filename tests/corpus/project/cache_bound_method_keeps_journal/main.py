# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: a service of another module submits the bound method of the cache its constructor is given; the cache's __getstate__ drops its lock but keeps an open journal file, which goes with the bound method (a report reproduced blind, s28b cache)
from kj_loader import warmed_cache
from kj_service import LookupService

if __name__ == "__main__":
    service = LookupService(warmed_cache([("FR", "France"), ("JP", "Japan")]))  # [PKL005]
    print(service.resolve(["FR", "JP", "XX"]))

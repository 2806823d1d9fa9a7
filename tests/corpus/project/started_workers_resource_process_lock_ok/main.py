# runtime: fork=ok spawn=ok forkserver=ok
# summary: main hands a cache object that another module builds with a multiprocessing.Lock to start_workers() of a helper package, which passes its parameter to every Process it starts: the lock is inherited by the children under every start method
from swp_runtime import start_workers
from swp_storage import open_cache

if __name__ == "__main__":
    cache = open_cache("thumbnails")
    procs, results = start_workers(cache, 2)
    try:
        print(sorted(results.get(timeout=10) for _ in procs))
    finally:
        for proc in procs:
            proc.join(timeout=10)

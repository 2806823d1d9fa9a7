# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: main hands a cache object that another module builds with a threading.Lock to start_workers() of a helper package, which passes its parameter to every Process it starts: spawn and forkserver pickle the lock
from swr_runtime import start_workers
from swr_storage import open_cache

if __name__ == "__main__":
    cache = open_cache("thumbnails")
    procs, results = start_workers(cache, 2)  # [PKL005]
    try:
        print(sorted(results.get(timeout=10) for _ in procs))
    finally:
        for proc in procs:
            proc.join(timeout=10)

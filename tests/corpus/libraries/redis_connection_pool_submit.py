# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a redis.ConnectionPool (it guards its connections with a lock) handed to each task; no server is needed to fail
from concurrent.futures import ProcessPoolExecutor

from redis import ConnectionPool, Redis


def count_keys(pool, prefix):
    client = Redis(connection_pool=pool)
    return prefix, client is not None


if __name__ == "__main__":
    redis_pool = ConnectionPool(host="127.0.0.1", port=1)
    with ProcessPoolExecutor(2) as executor:
        futures = [executor.submit(count_keys, redis_pool, p) for p in ("user:", "job:")]  # [PKL004]
        print([future.result(timeout=10) for future in futures])

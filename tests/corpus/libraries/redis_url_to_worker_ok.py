# runtime: fork=ok spawn=ok forkserver=ok
# summary: the worker makes its own Redis client from the URL; only the string is sent
import multiprocessing

import redis

URL = "redis://localhost:6379/0"


def describe(url):
    client = redis.from_url(url)
    return client.connection_pool.connection_kwargs["port"]


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        print(pool.apply(describe, (URL,)))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: pebble's ProcessPool.schedule and map with a module-level function, plain arguments and keyword arguments
from pebble import ProcessPool


def scale(x, factor=1):
    return x * factor


if __name__ == "__main__":
    with ProcessPool(max_workers=1) as pool:
        future = pool.schedule(scale, args=[3], kwargs={"factor": 2})
        print(future.result(timeout=10))
        print(list(pool.map(scale, [1, 2, 3], timeout=10).result()))

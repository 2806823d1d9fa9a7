# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same submit(function, timeout, *args) with plain arguments pickles fine
from pebble import ProcessPool


def doubled(value):
    return value * 2


if __name__ == "__main__":
    with ProcessPool(max_workers=1) as pool:
        print(pool.submit(doubled, None, 21).result(timeout=20))

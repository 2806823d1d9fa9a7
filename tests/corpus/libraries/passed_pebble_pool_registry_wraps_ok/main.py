# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same dispatcher and pebble pool, but the registry's wrapper uses functools.wraps: the module-level name square is the wrapper, so pickle finds it
from pebble import ProcessPool

from pk_dispatch import submit_all

if __name__ == "__main__":
    with ProcessPool(max_workers=2) as pool:
        futures = submit_all(pool, "square", [1, 2, 3])
        print("squares:", [future.result(timeout=60) for future in futures])

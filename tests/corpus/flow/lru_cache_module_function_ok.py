# runtime: fork=ok spawn=ok forkserver=ok
# summary: an lru_cache-wrapped module-level function: the module name holds the cache wrapper, which pickles by that name
from functools import lru_cache
from multiprocessing import Pool


@lru_cache(maxsize=None)
def score(x):
    return x * 3


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(score, [1, 2, 3]))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: work = lru_cache(maxsize=None)(work) at module level rebinds the function's own name, so __main__.work is the wrapper given to Pool.map
import multiprocessing
from functools import lru_cache


def work(n):
    return sum(i * i for i in range(n))


work = lru_cache(maxsize=None)(work)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(work, [3, 4, 3]))

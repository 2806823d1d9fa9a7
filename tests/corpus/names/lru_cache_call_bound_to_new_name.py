# runtime: fork=error spawn=error forkserver=error
# error-contains: not the same object as __main__.work
# summary: cached = lru_cache(maxsize=10)(work) keeps the name work, so pickle finds the undecorated function under __main__.work, not the wrapper given to Pool.map
import multiprocessing
from functools import lru_cache


def work(n):
    return sum(i * i for i in range(n))


cached = lru_cache(maxsize=10)(work)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(cached, [3, 4, 3]))  # [PKL014]

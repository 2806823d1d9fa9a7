# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'make_scorer.<locals>.score'
# summary: a factory returns an lru_cache-wrapped function it defines; the cache wrapper is pickled by the function's qualified name, which is local
import functools
from multiprocessing import Pool


def make_scorer(weight):
    @functools.lru_cache(maxsize=None)
    def score(x):
        return x * weight

    return score


if __name__ == "__main__":
    scorer = make_scorer(3)
    with Pool(2) as pool:
        print(pool.map(scorer, [1, 2, 3]))  # [PKL002]

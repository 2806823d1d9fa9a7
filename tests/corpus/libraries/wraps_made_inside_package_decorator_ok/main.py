# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same logging package's `log_call` returns a `functools.wraps` wrapper instead of a wrapt proxy; the wrapper takes the task's qualified name, so pickle finds it under the sibling module's name and both maps run
from concurrent.futures import ProcessPoolExecutor

from wmo_tasks import checksum, multiply

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        products = list(pool.map(multiply, range(4), range(4, 8)))
        sums = list(pool.map(checksum, [[1, 2, 3], [250, 10]]))
    print(products, sums)

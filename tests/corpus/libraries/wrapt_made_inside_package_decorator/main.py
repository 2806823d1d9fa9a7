# runtime: fork=error spawn=error forkserver=error
# error-contains: object proxy must define __reduce__
# summary: a logging package's `log_call` builds a local `@wrapt.decorator` function and returns it applied to the task (or, called with options, a lambda that does), so the module names of a sibling module hold wrapt FunctionWrappers; ProcessPoolExecutor.map pickles them (eliot 343)
from concurrent.futures import ProcessPoolExecutor

from wmi_tasks import checksum, multiply

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        products = list(pool.map(multiply, range(4), range(4, 8)))  # [PKL004]
        sums = list(pool.map(checksum, [[1, 2, 3], [250, 10]]))  # [PKL004]
    print(products, sums)

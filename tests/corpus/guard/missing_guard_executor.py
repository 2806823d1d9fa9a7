# runtime: fork=ok spawn=error forkserver=error
# error-contains: BrokenProcessPool
# summary: a ProcessPoolExecutor used at import time breaks when children re-import the module
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


with ProcessPoolExecutor(2) as executor:  # [PKL010]
    print(list(executor.map(square, range(3))))

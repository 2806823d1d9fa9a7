# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: np.vectorize keeps the function it wraps: a vectorized lambda given to Pool.map pickles the lambda
from multiprocessing import Pool

import numpy as np

double = np.vectorize(lambda x: x * 2)

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(double, [np.arange(3), np.arange(2)]))  # [PKL001]

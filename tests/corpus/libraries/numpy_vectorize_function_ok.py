# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike: np.vectorize of a module-level function pickles the function by name
from multiprocessing import Pool

import numpy as np


def twice(x):
    return x * 2


double = np.vectorize(twice)

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(double, [np.arange(3), np.arange(2)]))

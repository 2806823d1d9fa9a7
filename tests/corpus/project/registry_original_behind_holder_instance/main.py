# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as roh_steps.tokenize
# summary: @step (another module) stores the plain function in a registry but binds the name to a Step instance; the registered function looked up by name and sent to Pool.map is pickled by a name that now holds the Step
from multiprocessing import Pool

from roh_framework import STEPS

import roh_steps  # noqa: F401  defines (and so registers) the steps

if __name__ == "__main__":
    worker = STEPS["tokenize"]
    with Pool(2) as pool:
        print(pool.map(worker, ["a b", "c d e"]))  # [PKL014]

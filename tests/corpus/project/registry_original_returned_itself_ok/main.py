# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: @step (another module) stores the function in a registry and returns it unchanged; the registered function looked up by name and sent to Pool.map pickles by its name
from multiprocessing import Pool

from roi_framework import STEPS

import roi_steps  # noqa: F401  defines (and so registers) the steps

if __name__ == "__main__":
    worker = STEPS["tokenize"]
    with Pool(2) as pool:
        print(pool.map(worker, ["a b", "c d e"]))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike: the worker imports the module and returns what it read from it, a string
import importlib
from multiprocessing import Pool


def load(name):
    return importlib.import_module(name).__name__


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(load, ["json", "math"]))

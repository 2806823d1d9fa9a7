# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'module' object
# summary: a worker returns what importlib.import_module gives, a module: the result cannot travel back
import importlib
from multiprocessing import Pool


def load(name):
    return importlib.import_module(name)


if __name__ == "__main__":
    with Pool(2) as pool:
        modules = pool.map(load, ["json", "math"])  # [PKL007]
        print([m.__name__ for m in modules])

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'module' object
# summary: a set containing module objects cannot be pickled
import json
import multiprocessing
import os


def size(items):
    return len(items)


if __name__ == "__main__":
    modules = {json, os}
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(size, (modules,)))  # [PKL004]

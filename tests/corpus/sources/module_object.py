# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'module' object
# summary: a module object passed to a worker fails
import math
import multiprocessing


def use(module, x):
    return module.sqrt(x)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(use, (math, 16)))  # [PKL004]

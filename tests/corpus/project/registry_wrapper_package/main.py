# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as rwp_plugins.rwp_
# summary: a decorator factory in a package __init__ registers functools.wraps wrappers of the plugin functions its submodules define, but gives back the originals: the registered wrappers cannot be pickled by their copied names
from multiprocessing import Pool

from rwp_plugins import REGISTRY

WORDS = ["alpha", "beta", "gamma"]


def main():
    with Pool(2) as pool:
        for name in sorted(REGISTRY):
            print(name, pool.map(REGISTRY[name], WORDS))  # [PKL014]


if __name__ == "__main__":
    main()

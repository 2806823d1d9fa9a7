# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the look-alike: the decorator hands the function to a method of a module-level instance that records it and returns the function itself
from multiprocessing import Pool


class Registry:
    def __init__(self):
        self.names = []

    def register(self, func):
        self.names.append(func.__name__)
        return func


_registry = Registry()


def profile(func):
    return _registry.register(func)


@profile
def simulate(seed):
    return (seed * 31 + 7) % 1009


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(simulate, range(4)))

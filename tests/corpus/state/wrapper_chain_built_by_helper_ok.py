# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same four-deep chain keeps a module-level function instead of the lambda
import multiprocessing


def identity(c):
    return c


class MapImage:
    def __init__(self, func):
        self.func = func


class Compose:
    def __init__(self, steps):
        self.steps = steps


class Boxes:
    def __init__(self, augmentors):
        self.augmentors = augmentors


def make_augmentors():
    return Compose([MapImage(identity)])


def count(dataset):
    return len(dataset.augmentors.steps)


if __name__ == "__main__":
    dataset = Boxes(make_augmentors())
    with multiprocessing.Pool(1) as pool:
        print(pool.apply(count, (dataset,)))

# runtime: fork=error spawn=error forkserver=error
# error-contains: <lambda>
# summary: the dataset wraps what a helper builds, a Compose of steps one of which keeps a lambda: four objects deep before the lambda (tensorpack issue 1195)
import multiprocessing


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
    return Compose([MapImage(lambda c: c)])


def count(dataset):
    return len(dataset.augmentors.steps)


if __name__ == "__main__":
    dataset = Boxes(make_augmentors())
    with multiprocessing.Pool(1) as pool:
        print(pool.apply(count, (dataset,)))  # [PKL005]

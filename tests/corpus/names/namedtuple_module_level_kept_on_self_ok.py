# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the look-alike: the namedtuple class is made once at module level under its own name, so the class kept on the instance pickles by that name
from collections import namedtuple
from multiprocessing import Pool

Batch = namedtuple("Batch", ["identity", "doubled"])


class Batchify:
    def __init__(self):
        self.batch_type = Batch

    def __call__(self, samples):
        return tuple(self.batch_type(*sample) for sample in samples)


def collate(batchify):
    return len(batchify([(1, 2), (3, 4)]))


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(collate, [Batchify()]))

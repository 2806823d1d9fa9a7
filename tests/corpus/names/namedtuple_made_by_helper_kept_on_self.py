# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Batch on __main__ failed
# summary: Batchify keeps the namedtuple class a helper makes on each call; a Pool pickles the Batchify instance with its class attribute, which pickle looks up by the name Batch in the module, where there is none
from collections import namedtuple
from multiprocessing import Pool


def make_batch_type(fields):
    return namedtuple("Batch", fields)


class Batchify:
    def __init__(self, fields):
        self.fields = fields
        self.batch_type = make_batch_type(fields)

    def __call__(self, samples):
        return tuple(self.batch_type(*sample) for sample in samples)


def collate(batchify):
    return len(batchify([(1, 2), (3, 4)]))


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(collate, [Batchify(["identity", "doubled"])]))  # [PKL002]

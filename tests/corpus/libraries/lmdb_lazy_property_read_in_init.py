# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'Environment' object
# summary: __init__ counts the labels through a lazy `env` property, which opens the LMDB environment and keeps it on self; mapping a bound method then pickles it (parseq issue 6, reproduced blind)
import os
import tempfile
from multiprocessing import Pool

import lmdb


class LabelDataset:
    def __init__(self, root):
        self.root = root
        self._env = None
        self.count = self._count_labels()

    @property
    def env(self):
        if self._env is None:
            self._env = lmdb.open(self.root, readonly=True, lock=False)
        return self._env

    def _count_labels(self):
        with self.env.begin() as txn:
            return int(txn.get(b"num-samples"))

    def label_length(self, index):
        return len(f"label-{index}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        root = os.path.join(folder, "labels")
        env = lmdb.open(root, map_size=1 << 20)
        with env.begin(write=True) as txn:
            txn.put(b"num-samples", b"3")
        env.close()
        dataset = LabelDataset(root)
        with Pool(2) as pool:
            print(pool.map(dataset.label_length, range(dataset.count)))  # [PKL009]

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the lazy `env` property is read only by the task method, in each worker: the object is pickled before any environment is opened
import os
import tempfile
from multiprocessing import Pool

import lmdb


class LabelDataset:
    def __init__(self, root, count):
        self.root = root
        self.count = count
        self._env = None

    @property
    def env(self):
        if self._env is None:
            self._env = lmdb.open(self.root, readonly=True, lock=False)
        return self._env

    def label_length(self, index):
        with self.env.begin() as txn:
            return len(txn.get(b"num-samples")) + index


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        root = os.path.join(folder, "labels")
        env = lmdb.open(root, map_size=1 << 20)
        with env.begin(write=True) as txn:
            txn.put(b"num-samples", b"3")
        env.close()
        dataset = LabelDataset(root, 3)
        with Pool(2) as pool:
            print(pool.map(dataset.label_length, range(dataset.count)))

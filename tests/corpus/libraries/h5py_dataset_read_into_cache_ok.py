# runtime: fork=ok spawn=ok forkserver=ok
# summary: the reader caches `file[key][()]` and `file[key][:2]` on self, arrays read from the datasets (not the datasets), and its __getstate__ drops the open file (stable-worldmodel PR 194's look-alike, reproduced blind)
import os
import tempfile
from multiprocessing import Pool

import h5py
import numpy as np


class Reader:
    def __init__(self, path):
        self.path = path
        self.h5_file = None
        self.cache = {}

    def _open(self):
        if self.h5_file is None:
            self.h5_file = h5py.File(self.path, "r")
        return self.h5_file

    def __getstate__(self):
        state = self.__dict__.copy()
        state["h5_file"] = None
        return state

    def column(self, key):
        if key not in self.cache:
            self.cache[key] = self._open()[key][()]
            self.cache[key + "_head"] = self._open()[key][:2]
        return self.cache[key]

    def scaled(self, index):
        return float(self.column("images")[index]) * 2


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "frames.h5")
        with h5py.File(path, "w") as out:
            out.create_dataset("images", data=np.arange(4))
        reader = Reader(path)
        print(reader.column("images").sum())
        with Pool(2) as pool:
            print(pool.map(reader.scaled, range(3)))

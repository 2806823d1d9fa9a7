# runtime: fork=ok spawn=ok forkserver=ok
# summary: the reader keeps the path and the dataset's name, and opens the file in the worker
import os
import tempfile
from multiprocessing import Pool

import h5py
import numpy as np


class Reader:
    def __init__(self, path):
        self.path = path
        self.key = "images"

    def total(self, index):
        with h5py.File(self.path, "r") as data:
            return int(data[self.key][index]) * 2

    def run(self):
        with Pool(2) as pool:
            return pool.map(self.total, range(3))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "frames.h5")
        with h5py.File(path, "w") as out:
            out.create_dataset("images", data=np.arange(4))
        print(Reader(path).run())

# runtime: fork=error spawn=error forkserver=error
# error-contains: h5py objects cannot be pickled
# summary: the reader keeps h5py.File(path)["images"], a Dataset (not the File), on self and maps its own bound method
import os
import tempfile
from multiprocessing import Pool

import h5py
import numpy as np


class Reader:
    def __init__(self, path):
        self.images = h5py.File(path, "r")["images"]

    def total(self, index):
        return int(index) * 2

    def run(self):
        with Pool(2) as pool:
            return pool.map(self.total, range(3))  # [PKL009]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "frames.h5")
        with h5py.File(path, "w") as out:
            out.create_dataset("images", data=np.arange(4))
        print(Reader(path).run())

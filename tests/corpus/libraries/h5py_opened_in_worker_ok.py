# runtime: fork=ok spawn=ok forkserver=ok
# summary: the Dataset keeps the path and opens the h5py file in each worker, on first use
import os
import tempfile

import h5py
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class Frames(Dataset):
    def __init__(self, path):
        self.path = path
        self.data = None

    def __len__(self):
        return 4

    def __getitem__(self, index):
        if self.data is None:
            self.data = h5py.File(self.path, "r")
        return torch.tensor(self.data["x"][index])


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "frames.h5")
        with h5py.File(path, "w") as out:
            out.create_dataset("x", data=np.arange(4))
        loader = DataLoader(Frames(path), num_workers=2, multiprocessing_context="spawn")
        print([batch.tolist() for batch in loader])

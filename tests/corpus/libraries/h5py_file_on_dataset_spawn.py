# runtime: fork=error spawn=error forkserver=error
# error-contains: h5py objects cannot be pickled
# summary: a Dataset that opens its h5py file in __init__ cannot be sent to spawned DataLoader workers
import os
import tempfile

import h5py
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class Frames(Dataset):
    def __init__(self, path):
        self.data = h5py.File(path, "r")

    def __len__(self):
        return len(self.data["x"])

    def __getitem__(self, index):
        return torch.tensor(self.data["x"][index])


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "frames.h5")
        with h5py.File(path, "w") as out:
            out.create_dataset("x", data=np.arange(4))
        frames = Frames(path)
        loader = DataLoader(frames, num_workers=2, multiprocessing_context="spawn")  # [PKL005]
        try:
            print([batch.tolist() for batch in loader])
        finally:
            frames.data.close()

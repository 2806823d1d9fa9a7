# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'Environment' object
# summary: a dataset opening an LMDB environment in __init__ is wrapped in torch's Subset before the DataLoader; the Subset pickles the dataset it keeps (torchvision issue 689)
import os
import tempfile

import lmdb
import torch
from torch.utils.data import DataLoader, Dataset, Subset


class LmdbImages(Dataset):
    def __init__(self, path):
        self.env = lmdb.open(path, readonly=True, lock=False)

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return torch.tensor(index)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        lmdb.open(folder, map_size=1 << 20).close()
        train = Subset(LmdbImages(folder), [0, 1])
        loader = DataLoader(train, batch_size=2, num_workers=1, timeout=30)  # [PKL005]
        print([batch.tolist() for batch in loader])

# runtime: fork=ok spawn=ok forkserver=ok
# summary: ConcatDataset of two datasets that keep only a path and open the file per item: everything it pickles is plain data
import os
import tempfile

import torch
from torch.utils.data import ConcatDataset, DataLoader, Dataset


class Rows(Dataset):
    def __init__(self, path, offset):
        self.path = path
        self.offset = offset

    def __len__(self):
        return 2

    def __getitem__(self, index):
        with open(self.path) as handle:
            return torch.tensor(len(handle.read()) + self.offset + index)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "rows.txt")
        with open(path, "w") as out:
            out.write("abc")
        both = ConcatDataset([Rows(path, 0), Rows(path, 100)])
        print([batch.tolist() for batch in DataLoader(both, batch_size=2, num_workers=1, timeout=30)])

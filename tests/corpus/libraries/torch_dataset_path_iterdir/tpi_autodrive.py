from pathlib import Path

import torch
from torch.utils.data import Dataset


class AutoDriveDataset(Dataset):
    def __init__(self, root):
        self.root = Path(root)
        self.mask_root = self.root / "masks"
        self.mask_list = self.mask_root.iterdir()  # a generator, as in YOLOP
        self.db = self._get_db()

    def _get_db(self):
        raise NotImplementedError

    def __len__(self):
        return len(self.db)

    def __getitem__(self, idx):
        return torch.tensor(self.db[idx])

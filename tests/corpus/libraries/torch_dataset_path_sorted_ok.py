# runtime: fork=ok spawn=ok forkserver=ok
# summary: the dataset keeps `sorted((root / "masks").iterdir())`, a list of paths, so each DataLoader worker receives it pickled fine
import tempfile
from pathlib import Path

import torch
from torch.utils.data import DataLoader, Dataset


class MaskDataset(Dataset):
    def __init__(self, root):
        self.mask_root = Path(root) / "masks"
        self.mask_list = sorted(self.mask_root.iterdir())

    def __len__(self):
        return len(self.mask_list)

    def __getitem__(self, idx):
        return torch.tensor(len(self.mask_list[idx].name))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as root:
        (Path(root) / "masks").mkdir()
        for i in range(4):
            (Path(root) / "masks" / f"img{i}.png").write_bytes(b"")
        loader = DataLoader(MaskDataset(root), batch_size=2, num_workers=2)
        print("batches:", [b.tolist() for b in loader])

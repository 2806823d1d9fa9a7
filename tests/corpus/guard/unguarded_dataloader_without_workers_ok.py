# runtime: fork=ok spawn=ok forkserver=ok
# summary: the script builds and iterates its DataLoader at module level without a __main__ guard, but with `num_workers=0` the batches are loaded in the main process
import torch
from torch.utils.data import DataLoader, Dataset


class Patches(Dataset):
    def __init__(self, n=8):
        self.items = torch.arange(n, dtype=torch.float32)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]


train_loader = DataLoader(Patches(), batch_size=4, num_workers=0)

total = 0.0
for batch in train_loader:
    total += float(batch.sum())
print("sum of batches:", total)

# runtime: fork=ok spawn=error forkserver=error
# error-contains: An attempt has been made to start a new process
# summary: a training script builds a DataLoader with worker processes and iterates it at module level, without a __main__ guard; each spawned worker re-imports the script and tries to start workers itself (MPRNet 114)
import torch
from torch.utils.data import DataLoader, Dataset


class Patches(Dataset):
    def __init__(self, n=8):
        self.items = torch.arange(n, dtype=torch.float32)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]


train_loader = DataLoader(Patches(), batch_size=4, num_workers=2)  # [PKL010]

total = 0.0
for batch in train_loader:
    total += float(batch.sum())
print("sum of batches:", total)

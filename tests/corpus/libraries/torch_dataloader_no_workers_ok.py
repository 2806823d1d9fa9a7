# runtime: fork=ok spawn=ok forkserver=ok
# summary: num_workers=0 (the default) loads batches in this process: a lambda collate_fn and a lambda in the dataset are fine
import torch
from torch.utils.data import DataLoader, Dataset


class Scaled(Dataset):
    def __init__(self):
        self.scale = lambda x: x * 10

    def __len__(self):
        return 3

    def __getitem__(self, index):
        return self.scale(index)


if __name__ == "__main__":
    loader = DataLoader(Scaled(), batch_size=3, num_workers=0, collate_fn=lambda b: torch.tensor(b))
    print([batch.tolist() for batch in loader])
    print(list(DataLoader(Scaled(), batch_size=3)))

import torch
from torch.utils.data import Dataset


class ScaledRange(Dataset):
    def __init__(self, n, scale):
        self.n = n
        self.transform = lambda t: t * scale

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return self.transform(torch.tensor(float(i)))

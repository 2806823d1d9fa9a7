# runtime: fork=ok spawn=ok forkserver=ok
# summary: ranks started by torch.multiprocessing.spawn build a DataLoader with workers over a dataset whose target transform is a module-level function: it pickles by name
import torch
import torch.multiprocessing as mp
from torch.utils.data import DataLoader, Dataset


def parity(index):
    return index % 2


class Images(Dataset):
    def __init__(self, size, target_transform):
        self.size = size
        self.target_transform = target_transform

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        return torch.full((2,), float(index)), self.target_transform(index)


def do_train(rank):
    loader = DataLoader(Images(4, target_transform=parity), batch_size=2, num_workers=1)
    return sum(int(targets.sum()) for _, targets in loader)


def _main_worker(rank):
    print(f"rank {rank}: {do_train(rank)}")


if __name__ == "__main__":
    mp.spawn(_main_worker, nprocs=1, join=True)

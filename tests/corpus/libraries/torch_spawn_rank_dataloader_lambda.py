# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'do_train.<locals>.<lambda>'
# summary: each rank started by torch.multiprocessing.spawn builds a DataLoader with workers over a dataset holding a lambda; a spawned rank's own default start method is spawn, so it fails on Linux too (dinov2 issue 345, reproduced blind)
import torch
import torch.multiprocessing as mp
from torch.utils.data import DataLoader, Dataset


class Images(Dataset):
    def __init__(self, size, target_transform):
        self.size = size
        self.target_transform = target_transform

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        return torch.full((2,), float(index)), self.target_transform(index)


def do_train(rank):
    dataset = Images(4, target_transform=lambda index: index % 2)
    loader = DataLoader(dataset, batch_size=2, num_workers=1)  # [PKL005]
    return sum(int(targets.sum()) for _, targets in loader)


def _main_worker(rank):
    print(f"rank {rank}: {do_train(rank)}")


if __name__ == "__main__":
    mp.spawn(_main_worker, nprocs=1, join=True)

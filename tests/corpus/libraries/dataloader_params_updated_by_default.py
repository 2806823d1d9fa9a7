# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: a loader factory builds each DataLoader's keywords in a dict, merges the caller's per-loader overrides (none by default) and then seeds every worker with a lambda; with num_workers=2 under spawn the lambda is pickled for the workers (catalyst issue 1024, reproduced blind)
import random

import torch
from torch.utils.data import DataLoader, Dataset


class Noisy(Dataset):
    def __init__(self, n):
        self.x = torch.linspace(0, 1, n)

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return self.x[i]


def seed_worker(seed):
    random.seed(seed)


def build_loaders(datasets, batch_size=2, num_workers=0, overrides=None, seed=7):
    loaders = {}
    for name, dataset in datasets.items():
        params = {"batch_size": batch_size, "num_workers": num_workers}
        params.update((overrides or {}).get(name, {}))
        if "worker_init_fn" not in params:
            params["worker_init_fn"] = lambda worker: seed_worker(seed + worker)  # [PKL001]
        loaders[name] = DataLoader(dataset=dataset, **params)
    return loaders


if __name__ == "__main__":
    loaders = build_loaders({"train": Noisy(8), "valid": Noisy(4)}, num_workers=2)
    for name, loader in loaders.items():
        print(name, sum(len(batch) for batch in loader))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same factory, but the caller overrides worker_init_fn for every loader with a module-level function: the lambda is never made
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
            params["worker_init_fn"] = lambda worker: seed_worker(seed + worker)
        loaders[name] = DataLoader(dataset=dataset, **params)
    return loaders


if __name__ == "__main__":
    plain = {"worker_init_fn": seed_worker}
    overrides = {"train": plain, "valid": plain}
    loaders = build_loaders({"train": Noisy(8), "valid": Noisy(4)}, 2, 2, overrides)
    for name, loader in loaders.items():
        print(name, sum(len(batch) for batch in loader))

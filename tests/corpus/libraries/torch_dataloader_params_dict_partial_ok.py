# runtime: fork=ok spawn=ok forkserver=ok
# summary: the DataLoader keywords come from a dict whose worker_init_fn is a partial of a module-level function: it pickles by name
import functools
import random

import torch
from torch.utils.data import DataLoader, TensorDataset


def set_global_seed(worker_id, base):
    random.seed(base + worker_id)
    torch.manual_seed(base + worker_id)


def get_loaders(batch_size=2, num_workers=0, initial_seed=42, **kwargs):
    loaders = {}
    for name in ("train", "valid"):
        params = dict(batch_size=batch_size, num_workers=num_workers, **kwargs)
        params["worker_init_fn"] = functools.partial(set_global_seed, base=initial_seed)
        loaders[name] = DataLoader(TensorDataset(torch.arange(4.0)), **params)
    return loaders


if __name__ == "__main__":
    for name, loader in get_loaders(num_workers=2, drop_last=True).items():
        print(name, [b[0].tolist() for b in loader])

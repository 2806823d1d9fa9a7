# runtime: fork=ok spawn=error forkserver=error
# error-contains: get_loaders.<locals>.<lambda>
# summary: the DataLoader keywords come from a dict built in the function; its worker_init_fn lambda is pickled to each worker under spawn and forkserver
import random

import torch
from torch.utils.data import DataLoader, TensorDataset


def set_global_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def get_loaders(batch_size=2, num_workers=0, initial_seed=42, **kwargs):
    loaders = {}
    for name in ("train", "valid"):
        params = {"batch_size": batch_size, "num_workers": num_workers, **kwargs}
        params["worker_init_fn"] = lambda x: set_global_seed(initial_seed + x)  # [PKL001]
        loaders[name] = DataLoader(TensorDataset(torch.arange(4.0)), **params)
    return loaders


if __name__ == "__main__":
    for name, loader in get_loaders(num_workers=2, drop_last=True).items():
        print(name, [b[0].tolist() for b in loader])

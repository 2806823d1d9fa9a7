# runtime: fork=ok spawn=ok forkserver=ok
# summary: a helper builds the DataLoader keywords (its **extra cannot hold num_workers, a named parameter) with a lambda collate_fn, but its only caller asks for no workers: batches are collated in this process
import torch
from torch.utils.data import DataLoader, TensorDataset


def loader_params(batch_size, num_workers, **extra):
    params = {"batch_size": batch_size, "num_workers": num_workers, **extra}
    params["collate_fn"] = lambda batch: torch.stack([x[0] for x in batch])
    return params


def build_loader(data):
    params = loader_params(2, num_workers=0, drop_last=True)
    return DataLoader(TensorDataset(data), **params)


if __name__ == "__main__":
    print([b.tolist() for b in build_loader(torch.arange(4.0))])

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the keyword dict's lambda worker_init_fn and collate_fn are never pickled: every caller leaves num_workers at 0, so batches load in this process
import torch
from torch.utils.data import DataLoader, TensorDataset


def make_loader(data, num_workers=0, **extra):
    params = {"batch_size": 2, "num_workers": num_workers, **extra}
    params["collate_fn"] = lambda batch: [x[0].item() for x in batch]
    params["worker_init_fn"] = lambda wid: torch.manual_seed(wid)
    return DataLoader(TensorDataset(data), **params)


if __name__ == "__main__":
    print(list(make_loader(torch.arange(4.0))))
    print(list(make_loader(torch.arange(6.0), drop_last=True)))

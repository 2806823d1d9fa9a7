# runtime: fork=ok spawn=error forkserver=error
# error-contains: loader_params.<locals>.<lambda>
# summary: a helper builds the DataLoader keywords, its collate_fn a lambda; the loader unpacks them with two workers, so the lambda is pickled to each worker under spawn and forkserver
import torch
from torch.utils.data import DataLoader, TensorDataset


def loader_params(batch_size, num_workers):
    params = {"batch_size": batch_size, "num_workers": num_workers}
    params["collate_fn"] = lambda batch: torch.stack([x[0] for x in batch])  # [PKL001]
    return params


def build_loader(data):
    params = loader_params(2, num_workers=2)
    params["drop_last"] = True
    return DataLoader(TensorDataset(data), **params)


if __name__ == "__main__":
    print([b.tolist() for b in build_loader(torch.arange(4.0))])

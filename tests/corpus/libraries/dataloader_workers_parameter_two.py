# runtime: fork=ok spawn=error forkserver=error
# error-contains: get_loader.<locals>.<lambda>
# summary: num_workers is a parameter defaulting to 2: the collate_fn and worker_init_fn lambdas are pickled to each worker under spawn and forkserver
import torch
from torch.utils.data import DataLoader, TensorDataset


def get_loader(num_workers=2):
    return DataLoader(TensorDataset(torch.arange(4.0)), batch_size=2, num_workers=num_workers,
                      collate_fn=lambda batch: [x[0].item() for x in batch],  # [PKL001]
                      worker_init_fn=lambda wid: torch.manual_seed(wid))  # [PKL001]


if __name__ == "__main__":
    print(list(get_loader()))

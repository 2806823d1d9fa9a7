# runtime: fork=ok spawn=ok forkserver=ok
# summary: num_workers is a parameter defaulting to 0 and no call passes more: the lambdas never leave the process
import torch
from torch.utils.data import DataLoader, TensorDataset


def get_loader(num_workers=0):
    return DataLoader(TensorDataset(torch.arange(4.0)), batch_size=2, num_workers=num_workers,
                      collate_fn=lambda batch: [x[0].item() for x in batch],
                      worker_init_fn=lambda wid: torch.manual_seed(wid))


if __name__ == "__main__":
    print(list(get_loader()))

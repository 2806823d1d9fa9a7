# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same subclass chain passes a module-level callable class instance as the collate function (pytorch-meta's fix), which pickles by name
import torch
from torch.utils.data import Dataset

from tmo_meta import BatchMetaDataLoader


class Tasks(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return {"test": torch.full((2,), float(index))}


if __name__ == "__main__":
    torch.set_num_threads(1)
    loader = BatchMetaDataLoader(Tasks(), batch_size=2, num_workers=2, timeout=60)
    print([round(float(batch["test"].sum()), 1) for batch in loader])

# runtime: fork=ok spawn=error forkserver=error
# error-contains: batch_meta_collate.<locals>._collate_fn
# summary: a package's DataLoader subclass of a DataLoader subclass builds a local collate function and passes it up the super().__init__ chain; the loader built with workers pickles it under spawn
import torch
from torch.utils.data import Dataset

from tml_meta import BatchMetaDataLoader


class Tasks(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return {"test": torch.full((2,), float(index))}


if __name__ == "__main__":
    torch.set_num_threads(1)
    loader = BatchMetaDataLoader(Tasks(), batch_size=2, num_workers=2, timeout=60)
    print([round(float(batch["test"].sum()), 1) for batch in loader])

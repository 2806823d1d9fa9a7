# runtime: fork=ok spawn=ok forkserver=ok
# summary: without worker processes (num_workers=0) batches never leave the process: a generator item is fine
from torch.utils.data import DataLoader, Dataset


class Lazy(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, index):
        return {"values": (x for x in range(index))}


def keep_items(batch):
    return batch


if __name__ == "__main__":
    loader = DataLoader(Lazy(), batch_size=1, num_workers=0, collate_fn=keep_items)
    print(len(list(loader)))

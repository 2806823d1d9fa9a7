# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same pass-through collate_fn with items that are plain lists pickles fine
from torch.utils.data import DataLoader, Dataset


class Eager(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, index):
        return {"values": list(range(index))}


def keep_items(batch):
    return list(batch)


if __name__ == "__main__":
    loader = DataLoader(Eager(), batch_size=1, num_workers=1, collate_fn=keep_items)
    print(len(list(loader)))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same iterable dataset yielding plain lists: every batch pickles back
from torch.utils.data import DataLoader, IterableDataset


class Stream(IterableDataset):
    def __iter__(self):
        for index in range(2):
            yield {"values": list(range(index))}


def keep_items(batch):
    return batch


if __name__ == "__main__":
    loader = DataLoader(Stream(), batch_size=1, num_workers=1, collate_fn=keep_items)
    print(len(list(loader)))

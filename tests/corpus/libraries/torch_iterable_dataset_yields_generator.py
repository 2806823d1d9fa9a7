# runtime: fork=hang spawn=hang forkserver=hang
# summary: an iterable dataset yields items holding a generator; with a collate_fn that passes them through, each batch is lost in the worker's queue thread (`TypeError: cannot pickle 'generator' object`) and the loop waits forever
from torch.utils.data import DataLoader, IterableDataset


class Stream(IterableDataset):
    def __iter__(self):
        for index in range(2):
            yield {"values": (x for x in range(index))}


def keep_items(batch):
    return batch


if __name__ == "__main__":
    loader = DataLoader(Stream(), batch_size=1, num_workers=1, collate_fn=keep_items)  # [PKL007]
    print(len(list(loader)))

# runtime: fork=hang spawn=hang forkserver=hang
# summary: a worker pickles each batch back to the loader under every start method: a dataset item holding a generator, passed through by collate_fn, is lost (the worker's feeder thread prints `TypeError: cannot pickle 'generator' object`) and the loop waits forever
from torch.utils.data import DataLoader, Dataset


class Lazy(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, index):
        return {"values": (x for x in range(index))}


def keep_items(batch):
    return batch


if __name__ == "__main__":
    loader = DataLoader(Lazy(), batch_size=1, num_workers=1, collate_fn=keep_items)  # [PKL007]
    print(len(list(loader)))

# runtime: fork=hang spawn=hang forkserver=hang
# summary: the batch collate_fn builds in the worker is pickled back: a lock in it is lost (the worker's feeder thread prints `TypeError: cannot pickle '_thread.lock' object`) and the loop waits forever under every start method
import threading

from torch.utils.data import DataLoader, Dataset


class Numbers(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, index):
        return index


def with_lock(batch):
    return {"items": list(batch), "guard": threading.Lock()}


if __name__ == "__main__":
    loader = DataLoader(Numbers(), batch_size=2, num_workers=1, collate_fn=with_lock)  # [PKL007]
    print(len(list(loader)))

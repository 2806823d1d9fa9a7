# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: `num_workers=0 if os.name == "nt" else 2`: Windows loads in the process, but macOS starts spawned workers that must pickle the dataset's lock
import os
import threading

from torch.utils.data import DataLoader, Dataset


class SmartCache(Dataset):
    def __init__(self, items):
        self.items = items
        self._update_lock = threading.Lock()

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]


if __name__ == "__main__":
    dataset = SmartCache([1, 2, 3, 4])
    loader = DataLoader(dataset, batch_size=2, num_workers=0 if os.name == "nt" else 2, timeout=20)  # [PKL005]
    print([batch.tolist() for batch in loader])

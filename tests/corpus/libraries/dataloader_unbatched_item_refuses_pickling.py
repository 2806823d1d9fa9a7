# runtime: fork=error spawn=error forkserver=error
# error-contains: DataLoader timed out
# summary: with batch_size=None a DataLoader sends each dataset item back as it is; the item's __getstate__ raises in the worker's queue thread, the batch is lost and the loader's timeout fires
from torch.utils.data import DataLoader, Dataset


class Scan:
    def __init__(self, path):
        self.path = path

    def __getstate__(self):
        raise OSError("scan file is truncated: " + self.path)


class Scans(Dataset):
    def __len__(self):
        return 2

    def __getitem__(self, index):
        return Scan(f"scan{index}.raw")


if __name__ == "__main__":
    loader = DataLoader(Scans(), batch_size=None, num_workers=1, timeout=5)  # [PKL007]
    for scan in loader:
        print(scan.path)

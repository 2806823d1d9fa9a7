# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'get_collate_fn.<locals>.collate_fn'
# summary: the trainer picks the DataLoader's `multiprocessing_context` from its hypers dict (`"spawn"`), so even where fork is the default the workers are spawned and must unpickle the collate closure (metatrain 1229)
import torch
from torch.utils.data import DataLoader, Dataset


class PointsDataset(Dataset):
    def __init__(self, count):
        generator = torch.Generator().manual_seed(0)
        self.points = [torch.rand(4, 3, generator=generator) for _ in range(count)]

    def __len__(self):
        return len(self.points)

    def __getitem__(self, i):
        return self.points[i]


def get_collate_fn(cutoff):
    def collate_fn(batch):
        return torch.stack([torch.cdist(p, p).lt(cutoff).sum() for p in batch])

    return collate_fn


class Trainer:
    def __init__(self, hypers):
        self.hypers = hypers

    def train(self, dataset):
        loader = DataLoader(
            dataset,
            batch_size=2,
            collate_fn=get_collate_fn(self.hypers["cutoff"]),  # [PKL002]
            num_workers=self.hypers["num_workers"],
            multiprocessing_context=self.hypers["start_method"],
        )
        return sum(int(batch.sum()) for batch in loader)


if __name__ == "__main__":
    hypers = {"cutoff": 0.5, "num_workers": 2, "start_method": "spawn"}
    print("neighbours", Trainer(hypers).train(PointsDataset(6)))

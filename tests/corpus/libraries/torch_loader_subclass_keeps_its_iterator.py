# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot be pickled', '_MultiProcessingDataLoaderIter'
# summary: a DataLoader subclass that reuses its workers keeps `self.iterator = super().__iter__()` from its `__init__`; a trainer holding it is sent to a process pool for tuning, and the live iterator refuses pickling (ultralytics InfiniteDataLoader)
from concurrent.futures import ProcessPoolExecutor

import torch
from torch.utils.data import DataLoader, TensorDataset


class InfiniteDataLoader(DataLoader):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.iterator = super().__iter__()

    def __len__(self):
        return len(self.batch_sampler)

    def __iter__(self):
        for _ in range(len(self)):
            yield next(self.iterator)


class Trainer:
    def __init__(self, lr):
        self.lr = lr
        data = TensorDataset(torch.arange(8, dtype=torch.float32).view(4, 2))
        self.train_loader = InfiniteDataLoader(data, batch_size=2, num_workers=1, persistent_workers=True)

    def train(self):
        return sum(float(batch.sum()) * self.lr for (batch,) in self.train_loader)


def tune(trainer, lr):
    trainer.lr = lr
    return trainer.train()


if __name__ == "__main__":
    trainer = Trainer(0.01)
    print("baseline", trainer.train())
    with ProcessPoolExecutor(max_workers=1) as executor:
        print("tuned", executor.submit(tune, trainer, 0.02).result(timeout=30))  # [PKL005]

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the look-alike: the DataLoader subclass leaves its live iterators (its own and the one persistent workers keep) out of its pickled state and starts a new one when unpickled, so the trainer reaches the pool
from concurrent.futures import ProcessPoolExecutor

import torch
from torch.utils.data import DataLoader, TensorDataset


class InfiniteDataLoader(DataLoader):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.iterator = super().__iter__()

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("iterator", None)
        state["_iterator"] = None  # the workers persistent_workers keeps stay here too
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
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
        print("tuned", executor.submit(tune, trainer, 0.02).result(timeout=30))

# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot be pickled', '_SingleProcessDataLoaderIter'
# summary: a multi-system dataset caches iter() of one DataLoader per system on self (deepmd-kit 4686); an outer loader with workers must pickle those iterators, which refuse
import torch
from torch.utils.data import DataLoader


class System:
    def __init__(self, frames):
        self.coords = torch.arange(frames * 3, dtype=torch.float32).reshape(frames, 3)

    def __len__(self):
        return len(self.coords)

    def __getitem__(self, index):
        return self.coords[index]


class SystemMix:
    def __init__(self, systems, batch_size):
        self.systems = systems
        self.loaders = [DataLoader(s, batch_size=batch_size, shuffle=True) for s in systems]
        self.iterators = [iter(loader) for loader in self.loaders]

    def __len__(self):
        return len(self.systems) * 2

    def __getitem__(self, index):
        which = index % len(self.systems)
        try:
            batch = next(self.iterators[which])
        except StopIteration:
            self.iterators[which] = iter(self.loaders[which])
            batch = next(self.iterators[which])
        return {"system": which, "coords": batch}


if __name__ == "__main__":
    mix = SystemMix([System(6), System(4)], batch_size=2)
    loader = DataLoader(mix, batch_size=None, num_workers=1, timeout=30)  # [PKL005]
    for step, data in enumerate(loader):
        print("step", step, "system", data["system"], tuple(data["coords"].shape))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the episodic dataset of sub-loaders whose target_transform defaults to a module-level function: every part pickles by name (look-alike of CrossDomainFewShot 16)
import torch
from torch.utils.data import DataLoader

def keep_label(label):
    return label


class ClassSubset:
    def __init__(self, rows, label, target_transform=keep_label):
        self.rows = rows
        self.label = label
        self.target_transform = target_transform

    def __getitem__(self, index):
        return torch.tensor([float(self.rows[index])]), self.target_transform(self.label)

    def __len__(self):
        return len(self.rows)


class EpisodeSet:
    def __init__(self, labels, per_class):
        self.labels = sorted(set(labels))
        rows = {label: [i for i, x in enumerate(labels) if x == label] for label in self.labels}
        self.loaders = [
            DataLoader(ClassSubset(rows[label], label), batch_size=per_class, shuffle=True)
            for label in self.labels
        ]

    def __getitem__(self, index):
        return next(iter(self.loaders[index]))

    def __len__(self):
        return len(self.loaders)


def main():
    episodes = EpisodeSet([i % 3 for i in range(12)], per_class=2)
    loader = DataLoader(episodes, batch_size=None, num_workers=2, timeout=30)
    for x, y in loader:
        print(tuple(x.shape), y.tolist())


if __name__ == "__main__":
    main()

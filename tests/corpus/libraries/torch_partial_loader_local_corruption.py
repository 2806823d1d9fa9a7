# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object 'corruption_from.<locals>.corrupt'
# summary: loaders are made by a partial of DataLoader with num_workers=2 (DeblurGANv2 44); the paired dataset keeps the closure its config factory built, which spawned workers cannot pickle
from functools import partial

import torch
from torch.utils.data import DataLoader


def _dim(image, strength):
    return image * (1.0 - strength)


def _shift(image, amount):
    return image + amount


def corruption_from(config):
    steps = []
    for spec in config:
        if spec["name"] == "dim":
            steps.append(partial(_dim, strength=spec["p"]))
        elif spec["name"] == "shift":
            steps.append(partial(_shift, amount=spec["p"]))

    def corrupt(image):
        for apply in steps:
            image = apply(image)
        return image

    return corrupt


class PairedImages:
    def __init__(self, clean, corrupt):
        self.clean = clean
        self.corrupt = corrupt

    @staticmethod
    def from_config(config):
        clean = [torch.full((2, 2), float(i)) for i in range(8)]
        return PairedImages(clean, corruption_from(config["corrupt"]))

    def __len__(self):
        return len(self.clean)

    def __getitem__(self, index):
        return {"a": self.corrupt(self.clean[index]), "b": self.clean[index]}


if __name__ == "__main__":
    config = {"corrupt": [{"name": "dim", "p": 0.5}, {"name": "shift", "p": 0.1}]}
    make_loader = partial(DataLoader, batch_size=4, num_workers=2, timeout=30, drop_last=True)
    train = make_loader(PairedImages.from_config(config))  # [PKL002]
    for batch in train:
        print("batch", tuple(batch["a"].shape))

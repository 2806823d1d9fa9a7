# runtime: fork=ok spawn=ok forkserver=ok
# summary: the dataclass fields default to a module-level function and to default_factory=list: both pickle
import multiprocessing
from dataclasses import dataclass, field
from typing import Callable


def inverse_decay(epoch):
    return 0.1 / (1 + epoch)


def _default_milestones():
    return [1, 2]


@dataclass
class TrainConfig:
    epochs: int = 3
    lr_schedule: Callable = inverse_decay
    milestones: list = field(default_factory=_default_milestones)
    tags: list = field(default_factory=list)


def train_epoch(config, epoch):
    return round(config.lr_schedule(epoch), 3)


if __name__ == "__main__":
    config = TrainConfig()
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(train_epoch, [(config, e) for e in range(3)]))

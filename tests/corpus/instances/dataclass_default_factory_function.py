# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object '_default_schedule.<locals>.<lambda>'
# summary: a config dataclass's field(default_factory=_default_schedule) makes a lambda; the config goes to every task
import multiprocessing
from dataclasses import dataclass, field
from typing import Callable


def _default_schedule():
    return lambda epoch: 0.1 / (1 + epoch)


@dataclass
class TrainConfig:
    epochs: int = 3
    lr_schedule: Callable = field(default_factory=_default_schedule)


def train_epoch(config, epoch):
    return round(config.lr_schedule(epoch), 3)


if __name__ == "__main__":
    config = TrainConfig()
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(train_epoch, [(config, e) for e in range(3)]))  # [PKL005]

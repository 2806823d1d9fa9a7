# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup TrainConfig.<lambda> on __main__ failed
# summary: a dataclass field defaults to a lambda written in the class body; the generated __init__ stores it on every instance
import multiprocessing
from dataclasses import dataclass
from typing import Callable


@dataclass
class TrainConfig:
    epochs: int = 3
    lr_schedule: Callable = lambda epoch: 0.1 / (1 + epoch)


def train_epoch(config, epoch):
    return round(config.lr_schedule(epoch), 3)


if __name__ == "__main__":
    config = TrainConfig()
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(train_epoch, [(config, e) for e in range(3)]))  # [PKL005]

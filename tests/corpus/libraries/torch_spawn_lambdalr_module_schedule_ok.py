# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same trainer whose LambdaLR keeps a partial of a module-level function: spawn pickles the scheduler by name
import functools

import torch
import torch.multiprocessing as mp
from torch.optim.lr_scheduler import LambdaLR


def warmup_factor(step, warmup_steps):
    return min(1.0, (step + 1) / warmup_steps)


def warmup_schedule(optimizer, warmup_steps):
    return LambdaLR(optimizer, functools.partial(warmup_factor, warmup_steps=warmup_steps))


class Trainer:
    def __init__(self):
        self.model = torch.nn.Linear(4, 2)
        self.optimizer = torch.optim.SGD(self.model.parameters(), lr=0.1)
        self.scheduler = warmup_schedule(self.optimizer, 10)


def train(rank, trainer):
    trainer.model(torch.ones(1, 4)).sum().backward()
    trainer.optimizer.step()
    trainer.scheduler.step()


if __name__ == "__main__":
    mp.spawn(train, args=(Trainer(),), nprocs=2, join=True)
    print("trained on 2 ranks")

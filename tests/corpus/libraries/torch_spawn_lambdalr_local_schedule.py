# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'warmup_schedule.<locals>.factor'
# summary: torch.multiprocessing.spawn args carry a model wrapper whose LambdaLR scheduler keeps a local function built by a helper (Relphormer 9)
import torch
import torch.multiprocessing as mp
from torch.optim.lr_scheduler import LambdaLR


def warmup_schedule(optimizer, warmup_steps):
    def factor(step):
        return min(1.0, (step + 1) / warmup_steps)

    return LambdaLR(optimizer, factor)


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
    mp.spawn(train, args=(Trainer(),), nprocs=2, join=True)  # [PKL002]
    print("trained on 2 ranks")

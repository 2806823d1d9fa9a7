# runtime: fork=error spawn=error forkserver=error
# error-contains: add_log_hooks.<locals>.<lambda>
# summary: a logger puts a lambda forward hook on each submodule; the model keeps its hooks, and torch.multiprocessing.spawn pickles it for every process
import torch
import torch.multiprocessing as mp


class TorchHistory:
    def __init__(self):
        self.logged = []

    def add_log_hooks(self, module, prefix=""):
        for name, sub in module.named_children():
            sub.register_forward_hook(lambda mod, inp, outp, n=prefix + name: self.logged.append(n))


def train(rank, model):
    print(f"rank {rank}: {model(torch.ones(1, 2)).shape}")


if __name__ == "__main__":
    model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.ReLU())
    TorchHistory().add_log_hooks(model)
    mp.spawn(train, args=(model,), nprocs=2, join=True)  # [PKL001]

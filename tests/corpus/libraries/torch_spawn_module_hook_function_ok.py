# runtime: fork=ok spawn=ok forkserver=ok
# summary: the forward hooks on each submodule are a module-level function (pickled by name), and the lambda hook's handle is removed before the spawn: the model pickles
import torch
import torch.multiprocessing as mp


def log_shape(module, inputs, output):
    print(type(module).__name__, tuple(output.shape))


def train(rank, model):
    print(f"rank {rank}: {model(torch.ones(1, 2)).shape}")


if __name__ == "__main__":
    model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.ReLU())
    for sub in model.children():
        sub.register_forward_hook(log_shape)
    handle = model.register_forward_hook(lambda m, i, o: print("sum", float(o.sum())))
    model(torch.ones(1, 2))
    handle.remove()
    mp.spawn(train, args=(model,), nprocs=2, join=True)

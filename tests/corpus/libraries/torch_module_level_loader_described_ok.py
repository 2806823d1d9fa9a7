# runtime: fork=ok spawn=ok forkserver=ok
# summary: the module-level DataLoader with workers is only measured by describe(loader) on import, which never iterates it: no worker starts (look-alike of a-PyTorch-Tutorial-to-Object-Detection 46)
import torch
from torch.utils.data import DataLoader


class Boxes:
    def __init__(self, count):
        self.images = [torch.rand(3, 4, 4) for _ in range(count)]

    def __len__(self):
        return len(self.images)

    def __getitem__(self, index):
        return self.images[index], torch.tensor([index % 3])


def describe(test_loader, model):
    for name in ("batch_size", "num_workers"):
        print(name, getattr(test_loader, name))
    print("batches", len(test_loader), "model", type(model).__name__)


workers = 2
test_loader = DataLoader(Boxes(8), batch_size=4, num_workers=workers)
model = torch.nn.Flatten()

describe(test_loader, model)

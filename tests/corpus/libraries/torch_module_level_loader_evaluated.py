# runtime: fork=ok spawn=error forkserver=error
# error-contains: bootstrapping phase
# summary: an evaluation script builds its DataLoader with workers at module level and calls evaluate(loader, model) there, no main guard (a-PyTorch-Tutorial-to-Object-Detection 46): each spawned worker re-runs the script and starts workers again
import torch
from torch.utils.data import DataLoader


class Boxes:
    def __init__(self, count):
        self.images = [torch.rand(3, 4, 4) for _ in range(count)]

    def __len__(self):
        return len(self.images)

    def __getitem__(self, index):
        return self.images[index], torch.tensor([index % 3])


def evaluate(test_loader, model):
    seen = 0
    with torch.no_grad():
        for images, labels in test_loader:
            seen += model(images).shape[0]
    print("evaluated", seen, "images")


workers = 2
test_loader = DataLoader(Boxes(8), batch_size=4, num_workers=workers)  # [PKL010]
model = torch.nn.Flatten()

evaluate(test_loader, model)

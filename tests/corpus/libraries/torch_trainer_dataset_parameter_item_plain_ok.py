# runtime: fork=ok spawn=ok forkserver=ok
# summary: the dataset's samples hold the window size instead of a lambda and the trainer decodes them itself: every batch pickles back (the fix of Neuroformer 3)
import torch


class SpikeWindows(torch.utils.data.Dataset):
    def __init__(self, spikes, window=2):
        self.spikes = spikes
        self.window = window

    def __len__(self):
        return len(self.spikes) - self.window

    def __getitem__(self, index):
        chunk = torch.tensor(self.spikes[index : index + self.window], dtype=torch.float32)
        return {"x": chunk, "scale": self.window}


def keep_samples(batch):
    return batch


class Trainer:
    def __init__(self, dataset, num_workers=2):
        self.loader = torch.utils.data.DataLoader(
            dataset,
            batch_size=2,
            num_workers=num_workers,
            collate_fn=keep_samples,
            timeout=10,
        )

    def train(self):
        total = 0.0
        for batch in self.loader:
            for sample in batch:
                total += float((sample["x"] * sample["scale"]).sum())
        return total


if __name__ == "__main__":
    print("loss proxy:", Trainer(SpikeWindows([0, 1, 0, 2, 1, 0, 3])).train())

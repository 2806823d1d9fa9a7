# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'SpikeWindows.__getitem__.<locals>.<lambda>'
# summary: a trainer builds its DataLoader (workers, a pass-through collate_fn) from the dataset it is given; the dataset's __getitem__ returns samples holding a lambda (Neuroformer 3), which each worker must pickle back: the batch is dropped and the loader times out
import torch


class SpikeWindows(torch.utils.data.Dataset):
    def __init__(self, spikes, window=2):
        self.spikes = spikes
        self.window = window

    def __len__(self):
        return len(self.spikes) - self.window

    def __getitem__(self, index):
        chunk = torch.tensor(self.spikes[index : index + self.window], dtype=torch.float32)
        return {"x": chunk, "decode": lambda t: t * self.window}


def keep_samples(batch):
    return batch


class Trainer:
    def __init__(self, dataset, num_workers=2):
        self.loader = torch.utils.data.DataLoader(
            dataset,  # [PKL007]
            batch_size=2,
            num_workers=num_workers,
            collate_fn=keep_samples,
            timeout=10,
        )

    def train(self):
        total = 0.0
        for batch in self.loader:
            for sample in batch:
                total += float(sample["decode"](sample["x"]).sum())
        return total


if __name__ == "__main__":
    print("loss proxy:", Trainer(SpikeWindows([0, 1, 0, 2, 1, 0, 3])).train())

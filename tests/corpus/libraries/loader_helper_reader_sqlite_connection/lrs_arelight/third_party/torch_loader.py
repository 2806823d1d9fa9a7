import torch
from torch.utils import data


class SentenceREDataset(data.Dataset):
    """Sentence-level relation samples read from a sqlite storage."""

    def __init__(self, reader, tokenizer):
        self.reader = reader
        self.tokenizer = tokenizer
        self.samples = reader.rows()

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, index):
        _, text = self.samples[index]
        return torch.tensor(self.tokenizer(text), dtype=torch.long)


def make_loader(reader, tokenizer, batch_size, shuffle=False, num_workers=2):
    dataset = SentenceREDataset(reader, tokenizer)
    return data.DataLoader(dataset=dataset, batch_size=batch_size, shuffle=shuffle,  # [PKL005]
                           num_workers=num_workers)

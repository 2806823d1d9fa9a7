from torch.utils.data import DataLoader


def make_loader(dataset, workers=0):
    return DataLoader(dataset, batch_size=2, num_workers=workers)

from torch.utils.data import DataLoader
from torch.utils.data.dataloader import default_collate


class BatchMetaCollate:
    def __init__(self, collate_fn):
        self.collate_fn = collate_fn

    def __call__(self, batch):
        return {key: self.collate_fn([task[key] for task in batch]) for key in batch[0]}


class MetaDataLoader(DataLoader):
    def __init__(self, dataset, batch_size=1, num_workers=0, collate_fn=None, **kwargs):
        super().__init__(
            dataset, batch_size=batch_size, num_workers=num_workers, collate_fn=collate_fn, **kwargs
        )


class BatchMetaDataLoader(MetaDataLoader):
    def __init__(self, dataset, batch_size=1, num_workers=0, **kwargs):
        collate_fn = BatchMetaCollate(default_collate)
        super().__init__(
            dataset, batch_size=batch_size, num_workers=num_workers, collate_fn=collate_fn, **kwargs
        )

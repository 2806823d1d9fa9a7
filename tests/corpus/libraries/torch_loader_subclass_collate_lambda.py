# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object 'ListLoader.__init__.<locals>.<lambda>'
# summary: a DataLoader subclass passes collate_fn=lambda to super().__init__ and takes num_workers through **kwargs (pytorch_geometric's DataListLoader): spawn/forkserver workers cannot pickle the lambda
from torch.utils.data import DataLoader, Dataset


class Graphs(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return {"nodes": index + 1}


class ListLoader(DataLoader):
    """Batches are plain lists of graphs, for models that spread them over devices."""

    def __init__(self, dataset, batch_size=1, shuffle=False, **kwargs):
        super().__init__(dataset, batch_size, shuffle, collate_fn=lambda items: items, **kwargs)  # [PKL001]


if __name__ == "__main__":
    loader = ListLoader(Graphs(), batch_size=2, num_workers=1, timeout=20)
    print([[graph["nodes"] for graph in batch] for batch in loader])

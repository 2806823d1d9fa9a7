# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same DataLoader subclass with a module-level collate function (the fix pytorch_geometric applied), and one built without workers: both load fine
from torch.utils.data import DataLoader, Dataset


class Graphs(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return {"nodes": index + 1}


def as_list(items):
    return items


class ListLoader(DataLoader):
    def __init__(self, dataset, batch_size=1, shuffle=False, **kwargs):
        super().__init__(dataset, batch_size, shuffle, collate_fn=as_list, **kwargs)


class InlineLoader(DataLoader):
    def __init__(self, dataset, workers=0):
        super().__init__(dataset, 2, collate_fn=lambda items: items, num_workers=workers)


if __name__ == "__main__":
    loader = ListLoader(Graphs(), batch_size=2, num_workers=1, timeout=20)
    print([[graph["nodes"] for graph in batch] for batch in loader])
    print([[graph["nodes"] for graph in batch] for batch in InlineLoader(Graphs())])

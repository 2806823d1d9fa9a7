from torch.utils.data import Dataset


class ItemDataset(Dataset):
    def __init__(self, records):
        self.records = records
        self.ids = list(records)
        self.dynamic_items = []

    @classmethod
    def from_records(cls, records):
        return cls(records)

    def add_dynamic_item(self, item):
        self.dynamic_items.append(item)

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        point = dict(self.records[self.ids[index]], id=self.ids[index])
        for item in self.dynamic_items:
            point.update(zip(item.provides, [item(*[point[k] for k in item.takes])]))
        return len(point["signal"])

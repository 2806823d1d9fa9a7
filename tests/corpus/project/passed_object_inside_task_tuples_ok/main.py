# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same helper and task tuples; the root keeps only the dataset ids, so each item pickles
import threading

from sto_process import process_runs


class PortalClient:
    def __init__(self):
        self._lock = threading.RLock()

    def find_datasets(self, ids):
        return [Dataset(self, i) for i in ids]


class Dataset:
    def __init__(self, client, dataset_id):
        self.client = client
        self.id = dataset_id


class Root:
    def __init__(self, dataset_ids):
        self.datasets = list(dataset_ids)


if __name__ == "__main__":
    root = Root([10001, 10002])
    print(process_runs(root, ["TS_1", "TS_2"]))

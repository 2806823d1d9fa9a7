# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a helper of another module builds Pool.starmap task tuples around the object it is given; the object keeps datasets pointing at a client that holds an RLock
import threading

from sti_process import process_runs


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
        self.datasets = PortalClient().find_datasets(dataset_ids)


if __name__ == "__main__":
    root = Root([10001, 10002])
    print(process_runs(root, ["TS_1", "TS_2"]))  # [PKL005]

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the OrderedDict subclass's `__init__(self, dataset=None)` can be called with no arguments, so OrderedDict's reduction `TaskSubsetDict()` rebuilds it in the spawned Process
import queue
from collections import OrderedDict
from multiprocessing import Process, Queue


class TaskSubsetDict(OrderedDict):
    def __init__(self, dataset=None):
        super().__init__()
        self.dataset = dataset
        for label in dataset.labels if dataset is not None else []:
            self.setdefault(label, []).append(label)


class Dataset:
    def __init__(self, labels):
        self.labels = labels
        self.task_set = TaskSubsetDict(self)


def count_tasks(results, dataset):
    results.put(len(dataset.task_set))


if __name__ == "__main__":
    dataset = Dataset([0, 1, 1, 2])
    results = Queue()
    worker = Process(target=count_tasks, args=(results, dataset))
    worker.start()
    try:
        print("tasks:", results.get(timeout=10))
    except queue.Empty:
        raise SystemExit(f"the worker produced nothing (exit code {worker.exitcode})")
    worker.join()

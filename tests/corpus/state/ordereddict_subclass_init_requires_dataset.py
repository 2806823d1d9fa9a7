# runtime: fork=ok spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'dataset'
# summary: a dataset keeps a task index that subclasses OrderedDict with an `__init__(self, dataset)`; OrderedDict's reduction rebuilds it as `TaskSubsetDict()`, so the spawned Process dies unpickling its argument (avalanche 930)
import queue
from collections import OrderedDict
from multiprocessing import Process, Queue


class TaskSubsetDict(OrderedDict):
    def __init__(self, dataset):
        super().__init__()
        self.dataset = dataset
        for label in dataset.labels:
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
    worker = Process(target=count_tasks, args=(results, dataset))  # [PKL005]
    worker.start()
    try:
        print("tasks:", results.get(timeout=10))
    except queue.Empty:
        raise SystemExit(f"the worker produced nothing (exit code {worker.exitcode})")
    worker.join()

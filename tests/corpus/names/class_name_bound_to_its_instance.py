# runtime: fork=ok spawn=error forkserver=error
# error-contains: it's not the same object as __main__.args
# summary: the configuration is a class named `args` whose one instance takes over the name (`args = args()`); the dataset handed to a spawned Process keeps it, and pickle finds the instance where it looks for the class (bounding-box-prediction 8)
import multiprocessing


class args:
    def __init__(self):
        self.input_size = 16
        self.batch_size = 4


args = args()


class Dataset:
    def __init__(self, config):
        self.config = config
        self.items = list(range(config.input_size))


def count(dataset, results):
    results.put(len(dataset.items))


if __name__ == "__main__":
    results = multiprocessing.Queue()
    worker = multiprocessing.Process(target=count, args=(Dataset(args), results))  # [PKL005]
    worker.start()
    worker.join()
    if worker.exitcode != 0:
        raise SystemExit(f"the worker failed with exit code {worker.exitcode}")
    print(results.get(timeout=10))

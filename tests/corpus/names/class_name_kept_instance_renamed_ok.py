# runtime: fork=ok spawn=ok forkserver=ok
# summary: the configuration class is `Args` and its instance `args`: the spawned Process receives the dataset with the config, pickled by the class name that still names the class
import multiprocessing


class Args:
    def __init__(self):
        self.input_size = 16
        self.batch_size = 4


args = Args()


class Dataset:
    def __init__(self, config):
        self.config = config
        self.items = list(range(config.input_size))


def count(dataset, results):
    results.put(len(dataset.items))


if __name__ == "__main__":
    results = multiprocessing.Queue()
    worker = multiprocessing.Process(target=count, args=(Dataset(args), results))
    worker.start()
    worker.join()
    if worker.exitcode != 0:
        raise SystemExit(f"the worker failed with exit code {worker.exitcode}")
    print(results.get(timeout=10))

# runtime: fork=ok spawn=error forkserver=error
# error-contains: local object 'Loader.__init__.<locals>.<lambda>'
# summary: a parameter defaulting to "plain" is turned into a list of lambdas by a branch on that literal; the dataset-like object sent as a Process argument keeps it
import multiprocessing


class Loader:
    def __init__(self, names, steps="plain"):
        self.names = names
        if steps == "plain":
            steps = [lambda item: item.strip(), lambda item: item.lower()]
        self.steps = steps

    def load(self, index):
        item = self.names[index]
        for step in self.steps:
            item = step(item)
        return item


def show(loader, results):
    results.put(loader.load(0))


if __name__ == "__main__":
    results = multiprocessing.Queue()
    loader = Loader([" Alpha ", "Beta"])
    worker = multiprocessing.Process(target=show, args=(loader, results))  # [PKL005]
    worker.start()
    print(results.get(timeout=30))
    worker.join()

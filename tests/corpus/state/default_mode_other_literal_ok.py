# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same loader built with another literal mode keeps a list of module-level functions, which pickle by name
import multiprocessing


def strip(item):
    return item.strip()


class Loader:
    def __init__(self, names, steps="plain"):
        self.names = names
        if steps == "plain":
            steps = [lambda item: item.strip(), lambda item: item.lower()]
        elif steps == "strip":
            steps = [strip]
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
    loader = Loader([" Alpha ", "Beta"], steps="strip")
    worker = multiprocessing.Process(target=show, args=(loader, results))
    worker.start()
    print(results.get(timeout=30))
    worker.join()

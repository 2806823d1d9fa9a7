# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: Runner(MapData(ds, lambda x: ...)): the process target self.loop pickles the runner and the lambda two wrappers down
import multiprocessing


class DataSource:
    def __init__(self, size):
        self.size = size

    def __iter__(self):
        return iter(range(self.size))


class MapData:
    def __init__(self, source, func):
        self.source = source
        self.func = func

    def __iter__(self):
        return (self.func(x) for x in self.source)


class Runner:
    def __init__(self, data):
        self.data = data

    def loop(self):
        print(sum(self.data))

    def start(self):
        worker = multiprocessing.Process(target=self.loop)  # [PKL009]
        worker.start()
        worker.join()
        print("exit", worker.exitcode)


if __name__ == "__main__":
    Runner(MapData(DataSource(4), lambda x: x * 2)).start()

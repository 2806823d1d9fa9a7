# runtime: fork=ok spawn=ok forkserver=ok
# summary: Runner(MapData(ds, double)) with a module-level function: the runner pickles fine as the process target
import multiprocessing


def double(value):
    return value * 2


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
        worker = multiprocessing.Process(target=self.loop)
        worker.start()
        worker.join()
        print("exit", worker.exitcode)


if __name__ == "__main__":
    Runner(MapData(DataSource(4), double)).start()

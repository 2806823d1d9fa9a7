# runtime: fork=ok spawn=error forkserver=error
# error-contains: <lambda>
# summary: reset_state() builds nested Process workers from self.ds, a MapData wrapping a lambda, and a helper starts them
import multiprocessing


class DataFromList:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


class MapData:
    def __init__(self, ds, func):
        self.ds = ds
        self.func = func

    def __iter__(self):
        return (self.func(item) for item in self.ds)


def start_all(processes):
    for process in processes:
        process.start()


class MultiProcessRunner:
    class _Worker(multiprocessing.Process):
        def __init__(self, ds, index):
            super().__init__()
            self.ds = ds
            self.index = index

        def run(self):
            print("worker", self.index, sum(self.ds))

    def __init__(self, ds, count):
        self.ds = ds
        self.count = count

    def reset_state(self):
        self.procs = [
            MultiProcessRunner._Worker(self.ds, index)  # [PKL005]
            for index in range(self.count)
        ]
        start_all(self.procs)
        for process in self.procs:
            process.join()
        print("exit codes", [process.exitcode for process in self.procs])


if __name__ == "__main__":
    source = MapData(DataFromList([1, 2, 3]), lambda item: item * 10)
    MultiProcessRunner(source, 2).reset_state()

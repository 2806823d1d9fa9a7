# runtime: fork=ok spawn=error forkserver=error
# error-contains: 'Collector' object has no attribute '__collect'
# summary: the collector starts a Process with its private method `self.__collect` as the target; Python stores it as `_Collector__collect`, and the spawned child cannot find `__collect` when it unpickles the bound method
import multiprocessing


class Collector:
    def __init__(self, source):
        self.source = source
        self.results = multiprocessing.Queue()

    def __collect(self):
        self.results.put(f"collected {self.source}")

    def run(self):
        worker = multiprocessing.Process(target=self.__collect)  # [PKL014]
        worker.start()
        worker.join()
        if worker.exitcode != 0:
            raise SystemExit(f"collector process failed with exit code {worker.exitcode}")
        return self.results.get(timeout=10)


if __name__ == "__main__":
    print(Collector("sensor-1").run())

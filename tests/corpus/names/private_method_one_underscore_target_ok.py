# runtime: fork=ok spawn=ok forkserver=ok
# summary: the collector starts a Process with its method `self._collect` (one underscore, no name mangling): the child finds the method on the unpickled object
import multiprocessing


class Collector:
    def __init__(self, source):
        self.source = source
        self.results = multiprocessing.Queue()

    def _collect(self):
        self.results.put(f"collected {self.source}")

    def run(self):
        worker = multiprocessing.Process(target=self._collect)
        worker.start()
        worker.join()
        if worker.exitcode != 0:
            raise SystemExit(f"collector process failed with exit code {worker.exitcode}")
        return self.results.get(timeout=10)


if __name__ == "__main__":
    print(Collector("sensor-1").run())

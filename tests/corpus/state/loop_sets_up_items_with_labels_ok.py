# runtime: fork=ok spawn=ok forkserver=ok
# summary: a first loop over `self.devices` calls `connect()` on each driver, which keeps only a label; the second loop starts a Process per driver with its bound method, and the driver pickles
import multiprocessing


class Driver:
    def __init__(self, name):
        self.name = name
        self.guard = None

    def connect(self):
        self.guard = f"{self.name}-connected"

    def acquire(self, results):
        results.put(self.name)


class Experiment:
    def __init__(self, names):
        self.devices = [Driver(name) for name in names]

    def run(self):
        for device in self.devices:
            device.connect()
        results = multiprocessing.Queue()
        workers = []
        for device in self.devices:
            worker = multiprocessing.Process(target=device.acquire, args=(results,))
            worker.start()
            workers.append(worker)
        found = sorted(results.get(timeout=10) for _ in workers)
        for worker in workers:
            worker.join()
        return found


if __name__ == "__main__":
    print(Experiment(["x6-1", "x6-2"]).run())

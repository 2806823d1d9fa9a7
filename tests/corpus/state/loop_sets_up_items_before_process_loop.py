# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a first loop over `self.devices` calls `connect()` on each driver, which keeps a lock on it; a second loop over the same list starts a Process per driver with its bound method, which spawn pickles with the lock (Auspex 218)
import multiprocessing
import threading


class Driver:
    def __init__(self, name):
        self.name = name
        self.guard = None

    def connect(self):
        self.guard = threading.Lock()

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
            worker = multiprocessing.Process(target=device.acquire, args=(results,))  # [PKL009]
            worker.start()
            workers.append(worker)
        found = sorted(results.get(timeout=10) for _ in workers)
        for worker in workers:
            worker.join()
        return found


if __name__ == "__main__":
    print(Experiment(["x6-1", "x6-2"]).run())

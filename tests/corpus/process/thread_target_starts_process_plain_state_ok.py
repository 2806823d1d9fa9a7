# runtime: fork=ok spawn=ok forkserver=ok
# summary: a Process subclass started by a helper thread given `self.start`, holding only plain settings (the lock is made in run, in the child)
import threading
from multiprocessing import Process, Queue


class MetadataWorker(Process):
    def __init__(self, settings, results):
        super().__init__()
        self.settings = dict(settings)
        self.results = results

    def run(self):
        lock = threading.RLock()
        with lock:
            self.results.put(self.settings["name"])

    def connect(self):
        starter = threading.Thread(target=self.start)
        starter.start()
        starter.join()
        return self


if __name__ == "__main__":
    results = Queue()
    worker = MetadataWorker({"name": "demo"}, results).connect()
    worker.join()
    print(results.get(timeout=5))

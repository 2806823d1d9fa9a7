# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a Process subclass keeping the app's config (with an RLock) is started by a helper thread given `self.start` as its target; spawn pickles the worker in that thread (moggie issue 14, reproduced blind)
import configparser
import threading
from multiprocessing import Process, Queue


class AppConfig(configparser.ConfigParser):
    def __init__(self):
        super().__init__()
        self.lock = threading.RLock()
        self.read_dict({"App": {"name": "demo"}})


class MetadataWorker(Process):
    def __init__(self, config, results):
        super().__init__()
        self.config = config
        self.results = results

    def run(self):
        self.results.put(self.config.get("App", "name"))

    def connect(self):
        starter = threading.Thread(target=self.start)  # keeps asyncio out of the way
        starter.start()
        starter.join()
        return self


if __name__ == "__main__":
    results = Queue()
    worker = MetadataWorker(AppConfig(), results).connect()  # [PKL005]
    worker.join()
    print(results.get(timeout=5))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: a loop over a tuple of Process subclasses whose state pickles, next to a tuple of Thread subclasses that keep a lock (threads are never pickled)
import multiprocessing
import threading


class Fetcher(multiprocessing.Process):
    def __init__(self, name):
        super().__init__()
        self.label = name

    def run(self):
        print("fetching", self.label)


class Parser(Fetcher):
    def run(self):
        print("parsing", self.label)


class Watcher(threading.Thread):
    def __init__(self, name):
        super().__init__()
        self.lock = threading.Lock()
        self.label = name

    def run(self):
        with self.lock:
            print("watching", self.label)


if __name__ == "__main__":
    for kind in (Fetcher, Parser):
        worker = kind("job")
        worker.start()
        worker.join()
    for kind in (Watcher,):
        thread = kind("job")
        thread.start()
        thread.join()

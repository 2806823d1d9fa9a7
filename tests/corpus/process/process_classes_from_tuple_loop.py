# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: a for loop over a tuple of Process subclasses starts each; one keeps an open log file on self, which spawn must pickle
import multiprocessing
import os


class Fetcher(multiprocessing.Process):
    def __init__(self, path):
        super().__init__()
        self.path = path

    def run(self):
        print("fetching")


class Logger(multiprocessing.Process):
    def __init__(self, path):
        super().__init__()
        self.log = open(path, "w")

    def run(self):
        self.log.write("logged\n")


if __name__ == "__main__":
    workers = []
    for kind in (Fetcher, Logger):
        worker = kind(os.devnull)  # [PKL005]
        worker.start()
        workers.append(worker)
    for worker in workers:
        worker.join()
    print("exit", [w.exitcode for w in workers])

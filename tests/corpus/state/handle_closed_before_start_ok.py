# runtime: fork=ok spawn=ok forkserver=ok
# summary: __init__ opens a log file on self, but start() closes it and sets self.log = None before Process(target=self.work) pickles self
import multiprocessing
import os


class Job:
    def __init__(self):
        self.log = open(os.devnull, "w")
        self.size = 3

    def work(self):
        print("worked", self.size)

    def start(self):
        self.log.close()
        self.log = None
        worker = multiprocessing.Process(target=self.work)
        worker.start()
        worker.join()
        print("exit", worker.exitcode)


if __name__ == "__main__":
    Job().start()

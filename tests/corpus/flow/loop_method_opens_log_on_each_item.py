# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: a loop calls a method that opens a log file on every worker object of a list; the list then goes to a Process as its argument
import os
from multiprocessing import Process


class Worker:
    def __init__(self, name):
        self.name = name
        self.log = None

    def open_log(self, path=os.devnull):
        self.log = open(path, "a")


def run_all(workers):
    print([w.name for w in workers])


if __name__ == "__main__":
    workers = [Worker("a"), Worker("b")]
    for worker in workers:
        worker.open_log()
    child = Process(target=run_all, args=(workers,))  # [PKL005]
    child.start()
    child.join()
    print("exit code", child.exitcode)

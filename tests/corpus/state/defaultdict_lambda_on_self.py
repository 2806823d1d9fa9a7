# runtime: fork=ok spawn=error forkserver=error
# error-contains: local object 'Counter.__init__.<locals>.<lambda>'
# summary: a defaultdict(lambda: 0) stored on self in __init__ travels with Process(target=self.count)
import collections
import multiprocessing


class Counter:
    def __init__(self):
        self.totals = collections.defaultdict(lambda: 0)

    def count(self):
        self.totals["runs"] += 1
        print("runs", self.totals["runs"])

    def start(self):
        worker = multiprocessing.Process(target=self.count)  # [PKL009]
        worker.start()
        worker.join()
        print("exit", worker.exitcode)


if __name__ == "__main__":
    Counter().start()

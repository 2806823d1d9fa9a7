# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'weakref.ReferenceType' object
# summary: start() keeps each started worker in self.workers; the next Process(target=self.work) pickles self with the started ones
import multiprocessing


class Farm:
    def __init__(self, count):
        self.count = count

    def work(self):
        print("working")

    def start(self):
        self.workers = []
        for _ in range(self.count):
            worker = multiprocessing.Process(target=self.work)  # [PKL009]
            worker.start()
            self.workers.append(worker)
        for worker in self.workers:
            worker.join()
        print("exit codes", [worker.exitcode for worker in self.workers])


if __name__ == "__main__":
    Farm(2).start()

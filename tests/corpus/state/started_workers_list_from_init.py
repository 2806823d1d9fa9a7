# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'weakref.ReferenceType' object
# summary: __init__ makes self.workers = []; start() appends each started worker, so the next Process(target=self.work) pickles self with a started one
import multiprocessing


class Manager:
    def __init__(self, count):
        self.count = count
        self.workers = []

    def work(self, index):
        print("worker", index, "of", self.count)

    def start(self):
        for index in range(self.count):
            process = multiprocessing.Process(target=self.work, args=(index,))  # [PKL009]
            process.start()
            self.workers.append(process)
        for process in self.workers:
            process.join()
        print("exit codes", [p.exitcode for p in self.workers])


if __name__ == "__main__":
    Manager(2).start()

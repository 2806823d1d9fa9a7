# runtime: fork=ok spawn=ok forkserver=ok
# summary: the manager keeps its started workers in self.workers but its __getstate__ leaves them out, so each Process(target=self.work) pickles self without them
import multiprocessing


class Manager:
    def __init__(self, count):
        self.count = count
        self.workers = []

    def __getstate__(self):
        state = self.__dict__.copy()
        state["workers"] = []
        return state

    def work(self, index):
        print("worker", index, "of", self.count)

    def start(self):
        for index in range(self.count):
            process = multiprocessing.Process(target=self.work, args=(index,))
            process.start()
            self.workers.append(process)
        for process in self.workers:
            process.join()
        print("exit codes", [p.exitcode for p in self.workers])


if __name__ == "__main__":
    Manager(2).start()

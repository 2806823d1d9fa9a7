# runtime: fork=ok spawn=ok forkserver=ok
# summary: start() keeps the started workers in a local list, not on self: each Process(target=self.work) pickles a self without them
import multiprocessing


class Farm:
    def __init__(self, count):
        self.count = count

    def work(self):
        print("working")

    def start(self):
        workers = []
        for _ in range(self.count):
            worker = multiprocessing.Process(target=self.work)
            worker.start()
            workers.append(worker)
        for worker in workers:
            worker.join()
        print("exit codes", [worker.exitcode for worker in workers])


if __name__ == "__main__":
    Farm(2).start()

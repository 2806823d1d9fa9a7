# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: reset_state() starts workers on self.work; the log file opened in __init__ travels with self
import multiprocessing
import os
import tempfile


class Prefetcher:
    def __init__(self, path):
        self.log = open(path, "w")
        self.count = 3

    def work(self):
        print("prefetched", self.count)

    def reset_state(self):
        workers = [multiprocessing.Process(target=self.work) for _ in range(2)]  # [PKL009]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print("exit codes", [worker.exitcode for worker in workers])


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        Prefetcher(os.path.join(folder, "log.txt")).reset_state()

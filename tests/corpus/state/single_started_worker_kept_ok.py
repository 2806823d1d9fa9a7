# runtime: fork=ok spawn=ok forkserver=ok
# summary: one worker is started, then kept in self.workers (made in __init__); nothing pickles self after that, so it runs everywhere
import multiprocessing


class Manager:
    def __init__(self):
        self.workers = []

    def work(self):
        print("working")

    def start(self):
        process = multiprocessing.Process(target=self.work)
        process.start()
        self.workers.append(process)
        for process in self.workers:
            process.join()
        print("exit codes", [p.exitcode for p in self.workers])


if __name__ == "__main__":
    Manager().start()

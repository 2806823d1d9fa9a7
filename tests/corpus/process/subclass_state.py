# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a Process subclass storing an RLock in __init__ pickles itself under spawn
import multiprocessing
import threading


class Worker(multiprocessing.Process):
    def __init__(self):
        super().__init__()
        self.guard = threading.RLock()

    def run(self):
        with self.guard:
            print("worker ran")


if __name__ == "__main__":
    worker = Worker()  # [PKL005]
    worker.start()
    worker.join()
    print("exit", worker.exitcode)

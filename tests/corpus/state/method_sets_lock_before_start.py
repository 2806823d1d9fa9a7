# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: open() is called before start(); it stores an RLock on self, and Process(target=self.serve) pickles self
import multiprocessing
import threading


class Server:
    def __init__(self):
        self.port = 0

    def open(self):
        self.guard = threading.RLock()

    def serve(self):
        print("serving on", self.port)

    def start(self):
        self.open()
        worker = multiprocessing.Process(target=self.serve)  # [PKL009]
        worker.start()
        worker.join()
        print("exit", worker.exitcode)


if __name__ == "__main__":
    Server().start()

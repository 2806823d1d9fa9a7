# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: start() stores a lock on self, then starts Process(target=self.serve), which pickles self
import multiprocessing
import threading


class Server:
    def __init__(self, port):
        self.port = port

    def serve(self):
        print("serving on", self.port)

    def start(self):
        self.guard = threading.Lock()
        worker = multiprocessing.Process(target=self.serve)  # [PKL009]
        worker.start()
        worker.join()
        print("exit", worker.exitcode)


if __name__ == "__main__":
    Server(8080).start()

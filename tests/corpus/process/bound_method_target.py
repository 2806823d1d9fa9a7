# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: target=self.method pickles the whole instance, including its lock, under spawn
import multiprocessing
import threading


class Service:
    def __init__(self):
        self.lock = threading.Lock()
        self.name = "svc"

    def serve(self):
        print("serving", self.name)

    def launch(self):
        proc = multiprocessing.Process(target=self.serve)  # [PKL009]
        proc.start()
        proc.join()
        return proc.exitcode


if __name__ == "__main__":
    print("exit", Service().launch())

import multiprocessing
import threading


class Worker:
    def __init__(self, label):
        self.label = label
        self.mutex = threading.RLock()

    def __getstate__(self):
        return {"label": self.label}

    def __setstate__(self, state):
        self.label = state["label"]
        self.mutex = threading.RLock()

    def run(self):
        with self.mutex:
            print("running", self.label, flush=True)


if __name__ == "__main__":
    worker = Worker("w1")
    process = multiprocessing.Process(target=worker.run)
    process.start()
    process.join()
    print("exit code", process.exitcode)

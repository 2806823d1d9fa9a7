# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a target method that uses its lock cannot drop it, so the class gets __getstate__ instead
# fix: PKL009 Add `__getstate__`
# round-trip: Worker("w1")
import multiprocessing
import threading


class Worker:
    def __init__(self, label):
        self.label = label
        self.mutex = threading.RLock()

    def run(self):
        with self.mutex:
            print("running", self.label, flush=True)

    def __getstate__(self):
        # `mutex`: not pickled as is, see __setstate__
        state = self.__dict__.copy()
        state.pop("mutex", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.mutex = threading.RLock()  # a new lock, not shared


if __name__ == "__main__":
    worker = Worker("w1")
    process = multiprocessing.Process(target=worker.run)
    process.start()
    process.join()
    print("exit code", process.exitcode)

# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a Process subclass whose run() takes its lock gets the lock recreated in the child
# fix: PKL005 Add `__getstate__`
import multiprocessing
import threading


class Counter(multiprocessing.Process):
    def __init__(self, start):
        super().__init__()
        self.start_value = start
        self.lock = threading.Lock()

    def run(self):
        with self.lock:
            print("counted", self.start_value + 1, flush=True)

    def __getstate__(self):
        # `lock`: not pickled as is, see __setstate__
        state = self.__dict__.copy()
        state.pop("lock", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()  # a new lock, not shared


if __name__ == "__main__":
    counter = Counter(41)
    counter.start()
    counter.join()
    print("exit code", counter.exitcode)

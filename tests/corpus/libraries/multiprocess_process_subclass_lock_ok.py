# runtime: fork=ok spawn=ok forkserver=ok
# summary: a multiprocess.Process subclass is copied by dill, which makes a new lock in the child: the same class fails under multiprocessing's spawn
import threading

from multiprocess import Process


class Counter(Process):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()
        self.transform = lambda x: x + 1

    def run(self):
        with self.lock:
            print(self.transform(1))


if __name__ == "__main__":
    counter = Counter()
    counter.start()
    counter.join()
    if counter.exitcode:
        raise SystemExit(counter.exitcode)

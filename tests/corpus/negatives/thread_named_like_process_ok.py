# runtime: fork=ok spawn=ok forkserver=ok
# summary: ThreadRunner._Worker is a thread; only ProcRunner._Worker (same bare name) is a Process, and it is clean
import multiprocessing
import threading


class ProcRunner:
    class _Worker(multiprocessing.Process):
        def __init__(self, number):
            super().__init__()
            self.number = number

        def run(self):
            print("process", self.number)

    def go(self):
        worker = self._Worker(1)
        worker.start()
        worker.join()


class ThreadRunner:
    class _Worker(threading.Thread):
        def __init__(self, number):
            super().__init__()
            self.number = number
            self.guard = threading.Lock()
            self.callback = lambda: None

        def run(self):
            with self.guard:
                print("thread", self.number)

    def go(self):
        worker = ThreadRunner._Worker(2)
        worker.start()
        worker.join()


if __name__ == "__main__":
    ProcRunner().go()
    ThreadRunner().go()

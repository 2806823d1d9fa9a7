import threading


class Worker(threading.Thread):
    def __init__(self, count):
        super().__init__()
        self.count = count
        self.guard = threading.Lock()
        self.report = lambda: print("thread", self.count)

    def run(self):
        with self.guard:
            self.report()

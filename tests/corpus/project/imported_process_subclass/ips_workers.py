"""Workers of the imported_process_subclass program."""

import multiprocessing


class Worker(multiprocessing.Process):
    def __init__(self, count):
        super().__init__()
        self.count = count
        self.transform = lambda value: value + 1

    def run(self):
        print("worker", self.transform(self.count))

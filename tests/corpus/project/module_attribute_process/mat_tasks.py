import multiprocessing
import threading


class Loader(multiprocessing.Process):
    def __init__(self, index):
        super().__init__()
        self.index = index
        self.guard = threading.Lock()

    def run(self):
        with self.guard:
            print("loaded", self.index)

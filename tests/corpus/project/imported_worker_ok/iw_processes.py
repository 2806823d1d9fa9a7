import multiprocessing
import threading


class Counter(multiprocessing.Process):
    def __init__(self, count):
        super().__init__()
        self.count = count
        self.guard = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["guard"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.guard = threading.Lock()

    def run(self):
        with self.guard:
            print("counted", self.count)

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
        state = dict(self.__dict__)
        del state["lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()


if __name__ == "__main__":
    counter = Counter(41)
    counter.start()
    counter.join()
    print("exit code", counter.exitcode)

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the lambda stored on self is dropped by __getstate__, so Process(target=self.loop) pickles fine
import multiprocessing


class Holder:
    def __init__(self, func):
        self.func = func

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["func"]
        return state


class Runner:
    def __init__(self, holder):
        self.holder = holder
        self.total = 6

    def loop(self):
        print("total", self.total)

    def start(self):
        worker = multiprocessing.Process(target=self.loop)
        worker.start()
        worker.join()
        print("exit", worker.exitcode)


if __name__ == "__main__":
    Runner(Holder(lambda x: x + 1)).start()

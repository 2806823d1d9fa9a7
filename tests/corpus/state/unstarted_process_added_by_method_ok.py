# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same supervisor handed a Process that was never started: it pickles while spawning
import multiprocessing


def idle():
    pass


class Supervisor(multiprocessing.Process):
    def __init__(self):
        super().__init__()
        self.children = []

    def add(self, child):
        self.children.append(child)

    def run(self):
        print("supervising", len(self.children))


if __name__ == "__main__":
    supervisor = Supervisor()
    supervisor.add(multiprocessing.Process(target=idle))
    supervisor.start()
    supervisor.join()

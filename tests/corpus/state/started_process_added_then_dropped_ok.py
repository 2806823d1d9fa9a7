# runtime: fork=ok spawn=ok forkserver=ok
# summary: the started Process handed to the supervisor is dropped again (`children = []`) before start(): nothing started is pickled
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
    child = multiprocessing.Process(target=idle)
    child.start()
    supervisor.add(child)
    supervisor.children = []
    supervisor.start()
    supervisor.join()
    child.join()

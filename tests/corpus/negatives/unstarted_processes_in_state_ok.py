# runtime: fork=ok spawn=ok forkserver=ok
# summary: a Process subclass holding Process objects that are not started yet pickles fine under spawn
import multiprocessing


def idle():
    print("child ran")


class Supervisor(multiprocessing.Process):
    def __init__(self, children):
        super().__init__()
        self.children = children

    def run(self):
        print("supervising", len(self.children))


if __name__ == "__main__":
    children = [multiprocessing.Process(target=idle) for _ in range(2)]
    supervisor = Supervisor(children)
    supervisor.start()
    supervisor.join()
    for child in children:
        child.start()
        child.join()
    print("exit", supervisor.exitcode)

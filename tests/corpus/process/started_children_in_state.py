# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'weakref.ReferenceType' object
# summary: a Process subclass keeps already-started Process objects in its state; pickling it under spawn fails
import multiprocessing
import time


def idle():
    time.sleep(0.2)


class Supervisor(multiprocessing.Process):
    def __init__(self, children):
        super().__init__()
        self.children = children

    def run(self):
        print("supervising", len(self.children))


if __name__ == "__main__":
    children = [multiprocessing.Process(target=idle) for _ in range(2)]
    for child in children:
        child.start()
    supervisor = Supervisor(children)  # [PKL005]
    supervisor.start()
    supervisor.join()
    for child in children:
        child.join()
    print("exit", supervisor.exitcode)

# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'weakref.ReferenceType' object
# summary: a Process subclass is handed an already started Process through a method that appends it to its state; start() under spawn pickles the started one too
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
    supervisor.start()  # [PKL005]
    supervisor.join()
    child.join()

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same factory with a multiprocessing.Queue, the fix pytest-salt took: the child's report reaches the parent under every start method
import multiprocessing
import time
from multiprocessing import Process


def start_daemon(name, status_queue):
    time.sleep(0.1)
    status_queue.put((name, "running"))


class DaemonFactory:
    def __init__(self, name):
        self.name = name
        self.status_queue = multiprocessing.Queue()

    def start(self):
        self.process = Process(target=start_daemon, args=(self.name, self.status_queue))
        self.process.daemon = True
        self.process.start()
        return self.status_queue.get()


if __name__ == "__main__":
    print("daemon state", DaemonFactory("master").start())

# runtime: fork=hang spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a daemon factory hands a Process its thread queue.Queue for the start-up report and waits on get(); spawn cannot pickle the queue, and under fork the child puts into its own copy, so the parent waits forever (pytest-salt 6)
import queue
import time
from multiprocessing import Process


def start_daemon(name, status_queue):
    time.sleep(0.1)
    status_queue.put((name, "running"))


class DaemonFactory:
    def __init__(self, name):
        self.name = name
        self.status_queue = queue.Queue()

    def start(self):
        self.process = Process(target=start_daemon, args=(self.name, self.status_queue))  # [PKL004]
        self.process.daemon = True
        self.process.start()
        return self.status_queue.get()


if __name__ == "__main__":
    print("daemon state", DaemonFactory("master").start())

import threading


class Job:
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()
        self.post = lambda result: result + 1

    def run(self, queue):
        with self.lock:
            queue.put((self.name, self.post(41)))

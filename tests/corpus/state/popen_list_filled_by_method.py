# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: radical.pilot PR 681: the spawner's spawn(n) fills spawner.procs with subprocess.Popen objects that are handed to a watcher Process subclass; spawn and forkserver pickle the Popen objects with their waitpid lock
import multiprocessing
import subprocess
import sys


class TaskWatcher(multiprocessing.Process):
    def __init__(self, procs, result_queue):
        super().__init__()
        self._procs = procs
        self._result_queue = result_queue

    def run(self):
        self._result_queue.put(len(self._procs))


class Spawner:
    def __init__(self):
        self.procs = []

    def spawn(self, n):
        for i in range(n):
            self.procs.append(subprocess.Popen([sys.executable, "-c", "print(%d)" % i], stdout=subprocess.DEVNULL))


if __name__ == "__main__":
    spawner = Spawner()
    spawner.spawn(2)
    results = multiprocessing.Queue()
    watcher = TaskWatcher(spawner.procs, results)  # [PKL005]
    watcher.start()
    print("watching", results.get(timeout=10), "tasks")
    watcher.join()
    for proc in spawner.procs:
        proc.wait()

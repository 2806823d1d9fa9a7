# runtime: fork=ok spawn=ok forkserver=ok
# summary: radical.pilot PR 681 look-alike: spawn(n) fills spawner.procs with subprocess.Popen objects, but the watcher Process subclass is given only their pids
import multiprocessing
import subprocess
import sys


class TaskWatcher(multiprocessing.Process):
    def __init__(self, pids, result_queue):
        super().__init__()
        self._pids = pids
        self._result_queue = result_queue

    def run(self):
        self._result_queue.put(len(self._pids))


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
    watcher = TaskWatcher([proc.pid for proc in spawner.procs], results)
    watcher.start()
    print("watching", results.get(timeout=10), "tasks")
    watcher.join()
    for proc in spawner.procs:
        proc.wait()

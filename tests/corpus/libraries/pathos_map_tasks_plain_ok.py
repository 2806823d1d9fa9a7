# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same pathos pool given task objects that keep a threading lock: dill copies the lock (a new one in each worker)
import threading

from pathos.pools import ProcessPool


class CountTask:
    def __init__(self, number, guard):
        self.number = number
        self.guard = guard

    def run(self):
        with self.guard:
            return self.number * self.number


def run_task(task):
    return task.run()


class LocalQueue:
    def __init__(self, workers=2):
        self.workers = workers
        self.guard = threading.Lock()

    def insert(self, numbers):
        tasks = [CountTask(n, self.guard) for n in numbers]
        pool = ProcessPool(self.workers)
        try:
            return pool.map(run_task, tasks)
        finally:
            pool.close()
            pool.join()
            pool.clear()


if __name__ == "__main__":
    print(LocalQueue().insert([1, 2, 3]))

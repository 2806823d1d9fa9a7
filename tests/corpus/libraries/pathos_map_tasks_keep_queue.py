# runtime: fork=error spawn=error forkserver=error
# error-contains: Queue objects should only be shared between processes through inheritance
# summary: pathos ProcessPool.map gets task objects keeping the standard library's multiprocessing.Queue; dill pickles the task, and the queue refuses outside spawning (python-task-queue 46)
import multiprocessing

from pathos.pools import ProcessPool


class CountTask:
    def __init__(self, number, progress):
        self.number = number
        self.progress = progress

    def run(self):
        return self.number * self.number


def run_task(task):
    return task.run()


class LocalQueue:
    def __init__(self, workers=2):
        self.workers = workers
        self.progress = multiprocessing.Queue()

    def insert(self, numbers):
        tasks = [CountTask(n, self.progress) for n in numbers]
        pool = ProcessPool(self.workers)
        try:
            return pool.map(run_task, tasks)  # [PKL005]
        finally:
            pool.close()
            pool.join()
            pool.clear()


if __name__ == "__main__":
    print(LocalQueue().insert([1, 2, 3]))

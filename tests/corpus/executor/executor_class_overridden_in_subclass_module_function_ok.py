# runtime: fork=ok spawn=ok forkserver=ok
# summary: the runner's subclass sets `pool_class = ProcessPoolExecutor` and the tasks are a module-level function and numbers: everything submitted pickles
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def square(x):
    return x * x


class TaskRunner:
    pool_class = ThreadPoolExecutor

    def __init__(self, workers=2):
        self.workers = workers

    def run_all(self, func, items):
        pool = self.pool_class(max_workers=self.workers)
        try:
            futures = [pool.submit(func, item) for item in items]
            return [f.result() for f in futures]
        finally:
            pool.shutdown()


class ProcessTaskRunner(TaskRunner):
    pool_class = ProcessPoolExecutor


if __name__ == "__main__":
    print(ProcessTaskRunner().run_all(square, [1, 2, 3]))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: a subclass sets `pool_class = ProcessPoolExecutor`, but the program only ever constructs the thread-pool base, so the wrapped lambdas never leave the process
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
            futures = []
            for item in items:
                futures.append(pool.submit(lambda item=item: func(item)))
            return [f.result() for f in futures]
        finally:
            pool.shutdown()


class ProcessTaskRunner(TaskRunner):
    pool_class = ProcessPoolExecutor


if __name__ == "__main__":
    print(TaskRunner().run_all(square, [1, 2, 3]))

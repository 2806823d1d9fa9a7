# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'TaskRunner.run_all.<locals>.<lambda>'
# summary: a runner base class makes its executor from the class attribute `pool_class`; the subclass the program constructs sets it to ProcessPoolExecutor, so the lambda each task is wrapped in is pickled (bonobo 149's strategy classes)
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
                futures.append(pool.submit(lambda item=item: func(item)))  # [PKL001]
            return [f.result() for f in futures]
        finally:
            pool.shutdown()


class ProcessTaskRunner(TaskRunner):
    pool_class = ProcessPoolExecutor


if __name__ == "__main__":
    print(ProcessTaskRunner().run_all(square, [1, 2, 3]))

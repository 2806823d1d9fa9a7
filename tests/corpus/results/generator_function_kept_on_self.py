# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a job object keeps the function it was built with and submits it to its own executor; that function is a generator function, so the worker's result cannot be pickled back
from concurrent.futures import ProcessPoolExecutor


def squares():
    for i in range(3):
        yield i * i


class ProcessJob:
    def __init__(self, func):
        self.func = func
        self.executor = ProcessPoolExecutor(max_workers=1)

    def run(self):
        with self.executor:
            return self.executor.submit(self.func).result(timeout=10)  # [PKL007]


if __name__ == "__main__":
    print(list(ProcessJob(squares).run()))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same job object built with a function that returns a list: the result pickles
from concurrent.futures import ProcessPoolExecutor


def squares():
    return [i * i for i in range(3)]


class ProcessJob:
    def __init__(self, func):
        self.func = func
        self.executor = ProcessPoolExecutor(max_workers=1)

    def run(self):
        with self.executor:
            return self.executor.submit(self.func).result(timeout=10)


if __name__ == "__main__":
    print(list(ProcessJob(squares).run()))

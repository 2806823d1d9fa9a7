# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a job object submits its function to the executor passed to its submit method (a method named like the executor's own); the function is a generator function, so its result cannot come back
from concurrent.futures import ProcessPoolExecutor


def squares(n):
    for i in range(n):
        yield i * i


class Job:
    def __init__(self, func, *args):
        self.func = func
        self.args = args
        self.future = None

    def submit(self, executor):
        self.future = executor.submit(self.func, *self.args)  # [PKL007]
        return self

    def result(self):
        return self.future.result(timeout=60)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        job = Job(squares, 3).submit(executor)
        print(list(job.result()))

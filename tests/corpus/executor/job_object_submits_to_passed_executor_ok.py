# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same job object with a plain function: the executor passed to the job's submit method gets a module-level function whose list result pickles
from concurrent.futures import ProcessPoolExecutor


def squares(n):
    return [i * i for i in range(n)]


class Job:
    def __init__(self, func, *args):
        self.func = func
        self.args = args
        self.future = None

    def submit(self, executor):
        self.future = executor.submit(self.func, *self.args)
        return self

    def result(self):
        return self.future.result(timeout=60)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        job = Job(squares, 3).submit(executor)
        print(job.result())

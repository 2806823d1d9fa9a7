# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same helper given an object whose state is plain data: its bound method pickles fine
from concurrent.futures import ProcessPoolExecutor


class Job:
    def __init__(self, size):
        self.pending = list(range(size))

    def run(self, x):
        return x * 2


def submit_all(job, count):
    with ProcessPoolExecutor(2) as executor:
        futures = [executor.submit(job.run, i) for i in range(count)]
        return [future.result() for future in futures]


if __name__ == "__main__":
    print(submit_all(Job(3), 2))

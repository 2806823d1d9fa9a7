# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a helper submits a method of the object it is given: the bound method pickles that object, whose state holds a generator
from concurrent.futures import ProcessPoolExecutor


class Job:
    def __init__(self, size):
        self.pending = (r for r in range(size))

    def run(self, x):
        return x * 2


def submit_all(job, count):
    with ProcessPoolExecutor(2) as executor:
        futures = [executor.submit(job.run, i) for i in range(count)]  # [PKL009]
        return [future.result() for future in futures]


if __name__ == "__main__":
    print(submit_all(Job(3), 2))

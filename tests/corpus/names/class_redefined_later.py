# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.Job
# summary: an instance made before its class was defined again belongs to a class the name no longer refers to
import multiprocessing


class Job:
    def __init__(self, n):
        self.n = n


DEFAULT_JOB = Job(1)


class Job:
    def __init__(self, n):
        self.n = n * 10


def size(job):
    return job.n


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(size, [DEFAULT_JOB]))  # [PKL014]

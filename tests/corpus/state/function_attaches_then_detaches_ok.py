# runtime: fork=ok spawn=ok forkserver=ok
# summary: a set-up function attaches an open log file to the job it is given, and the caller closes and clears it before the job goes to the pool
import os
from multiprocessing import Pool


class Job:
    def __init__(self, n):
        self.n = n
        self.log = None


def open_log(job, path=os.devnull):
    job.log = open(path, "a")
    job.log.write("prepared\n")


def run(job):
    return job.n * 2


if __name__ == "__main__":
    job = Job(21)
    open_log(job)
    job.log.close()
    job.log = None
    with Pool(2) as pool:
        print(pool.apply(run, (job,)))

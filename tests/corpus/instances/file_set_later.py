# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: an attribute assigned an open file after construction makes the instance unpicklable
import multiprocessing
import os


class Job:
    def __init__(self, name):
        self.name = name
        self.output = None


def run(job):
    return job.name


if __name__ == "__main__":
    job = Job("a")
    job.output = open(os.devnull, "w")
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(run, (job,)))  # [PKL005]
    job.output.close()

# runtime: fork=ok spawn=ok forkserver=ok
# summary: an attribute that held a file is closed and set to None before the instance is sent
import multiprocessing
import os


class Job:
    def __init__(self, name):
        self.name = name
        self.output = open(os.devnull, "w")

    def finish(self):
        self.output.close()
        self.output = None


def run(job):
    return job.name


if __name__ == "__main__":
    job = Job("a")
    job.finish()
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(run, (job,)))

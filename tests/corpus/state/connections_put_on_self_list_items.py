# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a method called before the pool connects each job kept in a list on self to a database; the jobs go to the pool as task items with their connections
import sqlite3
from multiprocessing import Pool


class Job:
    def __init__(self, name):
        self.name = name
        self.db = None


def run(job):
    return job.name.upper()


class Runner:
    def __init__(self, names):
        self.jobs = [Job(name) for name in names]

    def connect_all(self):
        for job in self.jobs:
            job.db = sqlite3.connect(":memory:")

    def go(self):
        self.connect_all()
        with Pool(2) as pool:
            return pool.map(run, self.jobs)  # [PKL004]


if __name__ == "__main__":
    print(Runner(["a", "b"]).go())

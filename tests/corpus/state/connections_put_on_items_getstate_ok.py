# runtime: fork=ok spawn=ok forkserver=ok
# summary: each job kept on self gets a database connection before the pool, but the job class's __getstate__ leaves the connection out
import sqlite3
from multiprocessing import Pool


class Job:
    def __init__(self, name):
        self.name = name
        self.db = None

    def __getstate__(self):
        return {"name": self.name, "db": None}


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
            return pool.map(run, self.jobs)


if __name__ == "__main__":
    print(Runner(["a", "b"]).go())

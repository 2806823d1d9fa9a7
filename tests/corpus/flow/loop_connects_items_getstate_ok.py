# runtime: fork=ok spawn=ok forkserver=ok
# summary: a loop connects every job to a database, but the job class's __getstate__ leaves the connection out, so the task items pickle
import sqlite3
from multiprocessing import Pool


class Job:
    def __init__(self, table):
        self.table = table
        self.db = None

    def __getstate__(self):
        return {"table": self.table, "db": None}


def count_rows(job):
    return job.table


if __name__ == "__main__":
    jobs = [Job(name) for name in ("users", "orders")]
    for job in jobs:
        job.db = sqlite3.connect(":memory:")
    with Pool(2) as pool:
        print(pool.map(count_rows, jobs))

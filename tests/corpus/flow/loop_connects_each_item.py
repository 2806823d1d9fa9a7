# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a loop connects every job of a list to a database (job.db = sqlite3.connect(...)) before the list goes to pool.map; each task item carries its connection
import sqlite3
from multiprocessing import Pool


class Job:
    def __init__(self, table):
        self.table = table
        self.db = None


def count_rows(job):
    return job.table


if __name__ == "__main__":
    jobs = [Job(name) for name in ("users", "orders")]
    for job in jobs:
        job.db = sqlite3.connect(":memory:")
    with Pool(2) as pool:
        print(pool.map(count_rows, jobs))  # [PKL005]

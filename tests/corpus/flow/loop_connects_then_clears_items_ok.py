# runtime: fork=ok spawn=ok forkserver=ok
# summary: one loop connects every job to a database and a second loop closes and clears the connections before the list goes to pool.map; the items hold names only
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
        job.db.execute("create table t (n integer)")
    for job in jobs:
        job.db.close()
        job.db = None
    with Pool(2) as pool:
        print(pool.map(count_rows, jobs))

# runtime: fork=ok spawn=hang forkserver=hang
# error-contains: Can't get attribute 'Job'
# summary: a namedtuple class made inside the __main__ block: a spawned worker never runs the block, cannot unpickle the jobs, and the pool waits forever
from collections import namedtuple
from multiprocessing import Pool


def run_job(job):
    return f"{job.name}: {job.size * 2}"


if __name__ == "__main__":
    Job = namedtuple("Job", ["name", "size"])
    jobs = [Job("a", 1), Job("b", 2)]
    with Pool(2) as pool:
        print(pool.map(run_job, jobs))  # [PKL003]

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: Job is re-exported by a package's __init__.py; its __init__ stores a lock made by a helper in a third module
import multiprocessing

from pr_jobs import Job


def describe(job):
    return job.number


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(describe, [Job(1), Job(2)]))  # [PKL005]

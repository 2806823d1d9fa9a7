# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: the caller sets job.log = open(...) before the pool, and Job has no __getstate__: the file goes with every job
import multiprocessing
import os
import tempfile


class Job:
    def __init__(self, name):
        self.name = name
        self.log = None


def run(job):
    return job.name.upper()


if __name__ == "__main__":
    handle, path = tempfile.mkstemp(suffix=".log")
    os.close(handle)
    job = Job("index")
    job.log = open(path, "w")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(run, [job, job]))  # [PKL005]
    job.log.close()
    os.unlink(path)

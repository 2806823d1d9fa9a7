# runtime: fork=ok spawn=ok forkserver=ok
# summary: the caller sets job.log = open(...) before the pool, but the class's __getstate__ sets that key to None
import multiprocessing
import os
import tempfile


class Job:
    def __init__(self, name):
        self.name = name
        self.log = None

    def __getstate__(self):
        state = self.__dict__.copy()
        state["log"] = None
        return state


def run(job):
    return job.name.upper()


if __name__ == "__main__":
    handle, path = tempfile.mkstemp(suffix=".log")
    os.close(handle)
    job = Job("index")
    job.log = open(path, "w")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(run, [job, job]))
    job.log.close()
    os.unlink(path)

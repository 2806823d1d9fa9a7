# runtime: fork=ok spawn=ok forkserver=ok
# summary: the lock attribute is deleted from the instance before it is sent
import multiprocessing
import threading


class Job:
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()


def name(job):
    return job.name


if __name__ == "__main__":
    job = Job("a")
    del job.lock
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(name, (job,)))

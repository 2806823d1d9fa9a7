# runtime: fork=ok spawn=ok forkserver=ok
# summary: a module-level function registered with the manager pickles by name
import queue
from multiprocessing.managers import BaseManager

JOBS = queue.Queue()


def get_jobs():
    return JOBS


class JobManager(BaseManager):
    pass


JobManager.register("get_jobs", callable=get_jobs)


if __name__ == "__main__":
    manager = JobManager(address=("127.0.0.1", 0), authkey=b"x")
    manager.start()
    manager.get_jobs().put(1)
    print(manager.get_jobs().qsize())
    manager.shutdown()

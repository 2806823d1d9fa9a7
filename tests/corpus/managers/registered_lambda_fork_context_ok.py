# runtime: fork=ok spawn=ok forkserver=ok
# summary: a manager with ctx=get_context('fork') forks its server: the registry is not pickled
import multiprocessing
import queue
from multiprocessing.managers import BaseManager

JOBS = queue.Queue()


class JobManager(BaseManager):
    pass


JobManager.register("get_jobs", callable=lambda: JOBS)


if __name__ == "__main__":
    with JobManager(ctx=multiprocessing.get_context("fork")) as manager:
        manager.get_jobs().put(1)
        print(manager.get_jobs().qsize())

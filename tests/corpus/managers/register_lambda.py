# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: under spawn, starting a manager pickles its registry: a registered lambda cannot be found by name
import queue
from multiprocessing.managers import BaseManager

JOBS = queue.Queue()


class JobManager(BaseManager):
    pass


JobManager.register("get_jobs", callable=lambda: JOBS)  # [PKL001]


if __name__ == "__main__":
    manager = JobManager(address=("127.0.0.1", 0), authkey=b"x")
    manager.start()
    manager.get_jobs().put(1)
    print(manager.get_jobs().qsize())
    manager.shutdown()

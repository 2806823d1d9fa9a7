# runtime: fork=error spawn=error forkserver=error
# error-contains: Pickling an AuthenticationString object is disallowed for security reasons
# summary: a scheduler queues the worker objects themselves (a Process subclass) for a dispatcher process; the queue's feeder thread cannot pickle a Process object
from multiprocessing import Process, Queue


class Job(Process):
    def __init__(self, name):
        super().__init__()
        self.job_name = name

    def run(self):
        print("running", self.job_name)


def dispatch(queue):
    while (job := queue.get()) is not None:
        print("dispatching", job.job_name)


if __name__ == "__main__":
    queue = Queue()
    dispatcher = Process(target=dispatch, args=(queue,))
    dispatcher.start()
    queue.put(Job("resize"))  # [PKL011]
    queue.put(None)
    dispatcher.join()
    raise SystemExit(0 if dispatcher.exitcode == 0 else 1)

# runtime: fork=ok spawn=error forkserver=error
# error-contains: weakref.ReferenceType
# summary: a Process subclass starts a heartbeat Process in its constructor and keeps it on self: starting the job pickles an already started Process
import multiprocessing as mp
import time


def heartbeat(beats):
    for _ in range(beats):
        time.sleep(0.05)


class SupervisedJob(mp.Process):
    def __init__(self, job_id, out):
        super().__init__()
        self.job_id = job_id
        self.out = out
        self.monitor = mp.Process(target=heartbeat, args=(3,))
        self.monitor.start()

    def run(self):
        self.out.put(self.job_id * 10)


if __name__ == "__main__":
    results = mp.Queue()
    job = SupervisedJob(4, results)  # [PKL005]
    job.start()
    print("result:", results.get(timeout=10))
    job.join()
    job.monitor.join()

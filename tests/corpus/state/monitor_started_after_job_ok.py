# runtime: fork=ok spawn=ok forkserver=ok
# summary: the heartbeat Process is made in the job's constructor but started by the parent after the job: the job is pickled while the heartbeat is not started yet
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

    def run(self):
        self.out.put(self.job_id * 10)


if __name__ == "__main__":
    results = mp.Queue()
    job = SupervisedJob(4, results)
    job.start()
    job.monitor.start()
    print("result:", results.get(timeout=10))
    job.join()
    job.monitor.join()

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same runner, but the error class can be rebuilt from its one message argument (its second parameter has a default), so the parent gets it back
import multiprocessing


class RetryError(Exception):
    def __init__(self, job, attempt=None):
        super().__init__(f"{job} failed on attempt {attempt}")
        self.job, self.attempt = job, attempt


class Job:
    name = "nightly-export"

    def execute(self):
        raise RetryError(self.name, 3)


class JobProcess(multiprocessing.Process):
    def __init__(self, job, results):
        super().__init__()
        self.job = job
        self.results = results

    def run(self):
        try:
            self.job.execute()
            self.results.put((self.job.name, "done", None))
        except Exception as error:
            self.results.put((self.job.name, "failed", error))


if __name__ == "__main__":
    results = multiprocessing.Queue()
    worker = JobProcess(Job(), results)
    worker.start()
    print(results.get(timeout=20))
    worker.join()

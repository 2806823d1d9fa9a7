# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'attempt'
# summary: a Process subclass runs the job it was given and puts what the job raises on the result queue; the job's error class needs two arguments but hands the base class one message, so the parent's get() cannot rebuild it (luigi issue 1227, reproduced blind)
import multiprocessing


class RetryError(Exception):
    def __init__(self, job, attempt):
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
            self.results.put((self.job.name, "failed", error))  # [PKL008]


if __name__ == "__main__":
    results = multiprocessing.Queue()
    worker = JobProcess(Job(), results)
    worker.start()
    print(results.get(timeout=20))
    worker.join()

# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: a target method reading two plain attributes becomes a function taking exactly those
# fix: PKL009 Make the target a module-level function
import multiprocessing
import os
import tempfile


class Job:
    def __init__(self, path, repeat):
        self.path = path
        self.repeat = repeat
        self.log = open(path, "w")

    def work(self):
        total = 0
        for step in range(self.repeat):
            total += step
        print(os.path.basename(self.path), total, flush=True)


def job_work(repeat, path):
    total = 0
    for step in range(repeat):
        total += step
    print(os.path.basename(path), total, flush=True)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        job = Job(os.path.join(folder, "job.log"), 5)
        process = multiprocessing.Process(target=job_work, args=(job.repeat, job.path))
        process.start()
        process.join()
        job.log.close()
    print("exit code", process.exitcode)

import multiprocessing
import os
import tempfile


class Job:
    def __init__(self, path, repeat):
        self.path = path
        self.repeat = repeat
        self.log = open(path, "w")


def run_job(path, repeat):
    print(os.path.basename(path), sum(range(repeat)), flush=True)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        job = Job(os.path.join(folder, "job.log"), 5)
        process = multiprocessing.Process(target=run_job, args=(job.path, job.repeat))
        process.start()
        process.join()
        job.log.close()
    print("exit code", process.exitcode)

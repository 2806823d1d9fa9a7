# runtime: fork=hang spawn=hang forkserver=hang
# summary: ruffus 67's shape: a pipeline error hands Exception.__init__ the items of the list it is given (`Exception.__init__(self, *job_exceptions)`), so its args hold two tuples; the parent rebuilds it as RethrownJobError(a, b), which its one-parameter __init__ refuses, the pool's result thread dies and Pool.map waits forever
import multiprocessing


class RethrownJobError(Exception):
    def __init__(self, job_exceptions):
        Exception.__init__(self, *job_exceptions)
        self.job_exceptions = job_exceptions


def run_job(job):
    task_name, value = job
    if value < 0:
        raise RethrownJobError([(task_name, "ValueError", "negative"), (task_name, "", "")])
    return value * 2


if __name__ == "__main__":
    jobs = [("task1", 1), ("task2", -1), ("task3", 3)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(run_job, jobs))  # [PKL008]

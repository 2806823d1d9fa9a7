# runtime: fork=ok spawn=ok forkserver=ok
# summary: the fix of ruffus 67's shape: the error that hands Exception.__init__ the items of its list defines __reduce__ rebuilding it from the list itself, so the parent gets it back and the program reports it
import multiprocessing


class RethrownJobError(Exception):
    def __init__(self, job_exceptions):
        Exception.__init__(self, *job_exceptions)
        self.job_exceptions = job_exceptions

    def __reduce__(self):
        return (type(self), (self.job_exceptions,))


def run_job(job):
    task_name, value = job
    if value < 0:
        raise RethrownJobError([(task_name, "ValueError", "negative"), (task_name, "", "")])
    return value * 2


if __name__ == "__main__":
    jobs = [("task1", 1), ("task2", -1), ("task3", 3)]
    with multiprocessing.Pool(2) as pool:
        try:
            print(pool.map(run_job, jobs))
        except RethrownJobError as error:
            print("job failed:", len(error.job_exceptions), "exceptions")

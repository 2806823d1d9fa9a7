# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Job on __main__ failed
# summary: the module renames a class after defining it (`_JobImpl.__qualname__ = "Job"`, for nicer reprs) and no `Job` exists, so its instances cannot be pickled for Pool.map
import multiprocessing


class _JobImpl:
    def __init__(self, size):
        self.size = size


_JobImpl.__qualname__ = "Job"


def run(job):
    return job.size * 2


if __name__ == "__main__":
    jobs = [_JobImpl(n) for n in range(3)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(run, jobs))  # [PKL014]

# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: a lambda given to a property setter is stored on the object, and pickled with it
import multiprocessing


class Job:
    def __init__(self, value):
        self.value = value
        self._hook = None

    @property
    def hook(self):
        return self._hook

    @hook.setter
    def hook(self, function):
        self._hook = function


def run(job):
    return job.value


if __name__ == "__main__":
    job = Job(3)
    job.hook = lambda result: print(result)
    with multiprocessing.Pool(1) as pool:
        print(pool.apply(run, (job,)))  # [PKL005]

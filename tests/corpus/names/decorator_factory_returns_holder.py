# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.build_index
# summary: a decorator factory's inner decorator returns a Job instance keeping the function; the name now holds the Job, and submitting it pickles the original function by a name that holds the Job
from concurrent.futures import ProcessPoolExecutor


class Job:
    def __init__(self, func, retries=0):
        self.func = func
        self.retries = retries

    def __call__(self, *args):
        return self.func(*args)


def job(retries=0):
    def register(func):
        return Job(func, retries=retries)

    return register


@job(retries=2)
def build_index(name):
    return f"index {name}"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(pool.submit(build_index, "docs").result())  # [PKL014]

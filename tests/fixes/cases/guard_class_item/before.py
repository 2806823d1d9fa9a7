# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't get attribute 'Job'
# summary: instances of a class defined under the guard cannot be rebuilt in a spawned child
# fix: PKL003 Move `Job` out
from concurrent.futures import ProcessPoolExecutor


def run(job):
    return job.name.upper()


if __name__ == "__main__":

    class Job:
        def __init__(self, name):
            self.name = name

    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(run, [Job("a"), Job("b")])))

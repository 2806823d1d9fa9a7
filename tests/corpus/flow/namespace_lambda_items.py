# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'make_jobs.
# summary: a SimpleNamespace pickles its attributes: the lambda given to it goes with each job
import multiprocessing
import types


def run(job):
    return job.transform(job.value)


def make_jobs():
    return [types.SimpleNamespace(value=i, transform=lambda x: x * 2) for i in range(3)]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(run, make_jobs()))  # [PKL001]

# runtime: fork=ok spawn=ok forkserver=ok
# summary: a SimpleNamespace of plain values and a module-level function pickles
import multiprocessing
import types


def double(x):
    return x * 2


def run(job):
    return job.transform(job.value)


def make_jobs():
    return [types.SimpleNamespace(value=i, transform=double) for i in range(3)]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(run, make_jobs()))

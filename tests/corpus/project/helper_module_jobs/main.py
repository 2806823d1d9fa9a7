# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a helper in a sibling module builds the task list in a loop with a generator in each item
import multiprocessing

from hm_build import build_jobs


def total(job):
    return sum(job["days"])


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(total, build_jobs([0, 1])))  # [PKL004]

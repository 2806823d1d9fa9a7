# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a helper builds the task list in a loop, each dict holding a generator, and returns it
import multiprocessing


def build_jobs(weeks):
    jobs = []
    for week in weeks:
        jobs.append({"week": week, "days": (day for day in range(week * 7, week * 7 + 7))})
    return jobs


def total(job):
    return sum(job["days"])


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(total, build_jobs([0, 1])))  # [PKL004]

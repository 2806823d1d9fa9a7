# runtime: fork=ok spawn=ok forkserver=ok
# summary: the helper turns each generator into a list before appending, so the task items pickle
import multiprocessing


def build_jobs(weeks):
    jobs = []
    for week in weeks:
        days = (day for day in range(week * 7, week * 7 + 7))
        jobs.append({"week": week, "days": list(days)})
    return jobs


def total(job):
    return sum(job["days"])


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(total, build_jobs([0, 1])))

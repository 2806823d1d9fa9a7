# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a generator function yields the task items, each holding a generator
import multiprocessing


def tasks(weeks):
    for week in weeks:
        yield {"week": week, "days": (day for day in range(week * 7, week * 7 + 7))}


def total(task):
    return sum(task["days"])


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(total, tasks([0, 1])))  # [PKL004]

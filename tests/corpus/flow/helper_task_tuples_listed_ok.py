# runtime: fork=ok spawn=ok forkserver=ok
# summary: a helper appends (region, list(months.values())) tuples to the task list it returns: a list copy of the view pickles, and the dict view stays in the helper
from concurrent.futures import ProcessPoolExecutor

MONTHS = ("jan", "feb", "mar")
SALES = [("north", "jan", 120.0), ("north", "feb", 80.5), ("south", "mar", 42.0)]


def summarize(region, amounts):
    return region, round(sum(amounts), 2)


def build_report_tasks(rows):
    tasks = []
    for region in sorted({row[0] for row in rows}):
        months = {month: 0.0 for month in MONTHS}
        for row_region, month, amount in rows:
            if row_region == region:
                months[month] += amount
        tasks.append((region, list(months.values())))
    return tasks


if __name__ == "__main__":
    tasks = build_report_tasks(SALES)
    with ProcessPoolExecutor(2) as executor:
        futures = [executor.submit(summarize, region, amounts) for region, amounts in tasks]
        print([future.result(timeout=60) for future in futures])

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same helper copying the views into lists sends plain data
import multiprocessing


def count(keys):
    return len(keys)


def jobs(table, times):
    return [list(table.keys()) for _ in range(times)]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(count, jobs({"a": 1, "b": 2}, 2)))

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'dict_keys' object
# summary: a helper builds task items from the dict it is given: views of that parameter, not copies
import multiprocessing


def count(keys):
    return len(list(keys))


def jobs(table, times):
    return [table.keys() for _ in range(times)]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(count, jobs({"a": 1, "b": 2}, 2)))  # [PKL004]

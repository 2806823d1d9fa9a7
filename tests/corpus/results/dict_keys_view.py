# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'dict_keys' object
# summary: the worker returns a dict view (dict.keys()), which cannot be pickled back to the parent
import multiprocessing


def columns(row):
    record = {"id": row, "name": str(row)}
    return record.keys()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(columns, [1, 2]))  # [PKL007]

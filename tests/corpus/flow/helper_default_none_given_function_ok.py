# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same helper, called with a module-level function in one place: the lambda branch does not run there, so one call is fine
import multiprocessing


def double(item):
    return item * 2


def run_all(items, key=None):
    if key is None:
        key = lambda item: item * 2
    with multiprocessing.Pool(2) as pool:
        return pool.map(key, items)


if __name__ == "__main__":
    print(run_all([1, 2, 3], key=double))

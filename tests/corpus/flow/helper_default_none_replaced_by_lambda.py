# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'run_all.<locals>.<lambda>'
# summary: a helper replaces its parameter's default None by a lambda before mapping it; the only call leaves the default
import multiprocessing


def run_all(items, key=None):
    if key is None:
        key = lambda item: item * 2
    with multiprocessing.Pool(2) as pool:
        return pool.map(key, items)  # [PKL001]


if __name__ == "__main__":
    print(run_all([1, 2, 3]))

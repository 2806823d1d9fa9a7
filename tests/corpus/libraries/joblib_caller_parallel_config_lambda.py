# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'run.<locals>.<genexpr>.<lambda>'
# summary: the caller's `with parallel_config(backend="multiprocessing")` makes the helper's Parallel a plain-pickle pool: its lambda fails
from joblib import Parallel, delayed, parallel_config


def run(items):
    return Parallel(n_jobs=2)(delayed(lambda x: x * 2)(i) for i in items)  # [PKL001]


def main():
    with parallel_config(backend="multiprocessing"):
        print(run(range(3)))


if __name__ == "__main__":
    main()

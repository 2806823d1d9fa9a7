# runtime: fork=ok spawn=ok forkserver=ok
# summary: the caller's `with parallel_config(...)` keeps the loky backend (cloudpickle): the helper's lambda passes
from joblib import Parallel, delayed, parallel_config


def run(items):
    return Parallel(n_jobs=2)(delayed(lambda x: x * 2)(i) for i in items)


if __name__ == "__main__":
    with parallel_config(backend="loky"):
        print(run(range(3)))
    with parallel_config(backend="threading", n_jobs=2):
        print(run(range(3)))

# runtime: fork=error spawn=error forkserver=error
# error-contains: <lambda> on __main__ failed
# summary: backend="multiprocessing" is a multiprocessing.Pool with plain pickle: the lambda loky accepts fails
from joblib import Parallel, delayed

if __name__ == "__main__":
    parallel = Parallel(n_jobs=2, backend="multiprocessing")
    print(parallel(delayed(lambda x: x * 2)(i) for i in range(4)))  # [PKL001]

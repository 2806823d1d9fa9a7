# runtime: fork=ok spawn=ok forkserver=ok
# summary: joblib's default loky backend pickles tasks with cloudpickle, so a lambda passes (multiprocessing.Pool rejects it: pool/map_lambda.py)
from joblib import Parallel, delayed

if __name__ == "__main__":
    results = Parallel(n_jobs=2)(delayed(lambda x: x * 2)(i) for i in range(4))
    print(results)

# runtime: fork=ok spawn=ok forkserver=ok
# summary: pathos's ProcessPool runs on multiprocess and dill: lambdas and several iterables pass
from pathos.multiprocessing import ProcessPool

if __name__ == "__main__":
    pool = ProcessPool(nodes=2)
    print(pool.map(lambda a, b: a + b, [1, 2], [10, 20]))
    pool.close()
    pool.join()

# runtime: fork=ok spawn=ok forkserver=ok
# summary: nested functions and lambdas that live inside the worker never cross a boundary
import multiprocessing


def worker(x):
    def double(v):
        return v * 2

    return sum(map(lambda v: double(v), range(x)))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(worker, range(4)))

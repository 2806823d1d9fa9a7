# runtime: fork=ok spawn=ok forkserver=ok
# summary: a module-level function is pickled by its name and found again in the worker
import multiprocessing


def double(n):
    return n * 2


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(double, [1, 2, 3]))

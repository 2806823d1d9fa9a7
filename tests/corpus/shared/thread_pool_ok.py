# runtime: fork=ok spawn=ok forkserver=ok
# summary: a thread pool shares the list without pickling it: not reported
from multiprocessing.pool import ThreadPool


def pick(index, values):
    return values[index]


if __name__ == "__main__":
    values = [float(i) for i in range(5_000)]
    with ThreadPool(2) as pool:
        print(pool.starmap(pick, [(i, values) for i in range(3)]))

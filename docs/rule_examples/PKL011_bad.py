# runtime: fork=error spawn=error forkserver=error
# error-contains: pool objects cannot be passed between processes or pickled
# summary: the pool itself is passed as a task argument
import multiprocessing


def size_of(pool, items):
    return len(items)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(size_of, (pool, [1, 2, 3])))

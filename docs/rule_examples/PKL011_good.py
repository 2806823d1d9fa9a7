# runtime: fork=ok spawn=ok forkserver=ok
# summary: the pool stays in the parent; workers get only data
import multiprocessing


def size_of(items):
    return len(items)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(size_of, ([1, 2, 3],)))

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a lock two tuple levels down inside a map item still fails
import multiprocessing
import threading


def first(item):
    return item[0]


if __name__ == "__main__":
    guard = threading.RLock()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(first, [(1, (2, guard))]))  # [PKL004]

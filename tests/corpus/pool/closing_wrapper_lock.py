# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a pool opened through contextlib.closing still pickles each task item
import contextlib
import multiprocessing
import threading


def holds(item):
    return item is not None


if __name__ == "__main__":
    guard = threading.Lock()
    with contextlib.closing(multiprocessing.Pool(2)) as pool:
        print(pool.map(holds, [guard]))  # [PKL004]

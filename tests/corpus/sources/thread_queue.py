# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a thread-safe queue.Queue holds threading locks and cannot be sent to a process
import multiprocessing
import queue


def size(items):
    return items.qsize()


if __name__ == "__main__":
    items = queue.Queue()
    items.put(1)
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(size, (items,)))  # [PKL004]

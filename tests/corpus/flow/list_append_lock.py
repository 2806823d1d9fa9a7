# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a lock appended to a list travels with the list
import multiprocessing
import threading


def size(items):
    return len(items)


if __name__ == "__main__":
    items = [1, 2]
    items.append(threading.Lock())
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(size, (items,)))  # [PKL004]

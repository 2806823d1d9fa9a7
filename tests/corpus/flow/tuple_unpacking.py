# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a lock bound by tuple unpacking is followed to the task argument
import multiprocessing
import threading


def describe(item, count):
    return type(item).__name__ * count


if __name__ == "__main__":
    lock, count = threading.Lock(), 2
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(describe, (lock, count)))  # [PKL004]

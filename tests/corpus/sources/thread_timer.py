# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a threading.Timer is a Thread; its locks cannot be pickled
import multiprocessing
import threading


def alive(timer):
    return timer.is_alive()


if __name__ == "__main__":
    timer = threading.Timer(10, print)
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(alive, (timer,)))  # [PKL004]

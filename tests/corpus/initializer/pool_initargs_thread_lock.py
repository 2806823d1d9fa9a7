# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a threading.Lock in Pool initargs is pickled under spawn
import multiprocessing
import threading


def init(lock):
    global LOCK
    LOCK = lock


def square(x):
    return x * x


if __name__ == "__main__":
    lock = threading.Lock()
    with multiprocessing.Pool(2, initializer=init, initargs=(lock,)) as pool:  # [PKL004]
        print(pool.map(square, range(3)))

# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: Pool(initargs=...) on a context chosen by a variable that follows the default method
import multiprocessing
import threading


def init(lock):
    global LOCK
    LOCK = lock


def square(x):
    return x * x


if __name__ == "__main__":
    lock = threading.Lock()
    with multiprocessing.get_context().Pool(2, init, (lock,)) as pool:  # [PKL004]
        print(pool.map(square, range(3)))

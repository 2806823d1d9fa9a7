# runtime: fork=ok spawn=ok forkserver=ok
# summary: with mp_context pinned to fork, executor initargs are inherited, never pickled
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor


def setup(lock):
    global LOCK
    LOCK = lock


def square(x):
    return x * x


if __name__ == "__main__":
    lock = threading.Lock()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(2, mp_context=context, initializer=setup, initargs=(lock,)) as executor:
        print(list(executor.map(square, range(3))))

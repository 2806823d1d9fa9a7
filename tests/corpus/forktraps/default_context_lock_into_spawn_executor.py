# runtime: fork=error spawn=ok forkserver=ok
# error-contains: A SemLock created in a fork context is being shared with a process in a spawn context
# summary: a Lock from the default context goes to the initializer of an executor built on get_context("spawn"): where fork is the default (Linux before 3.14), the lock belongs to a fork context and the spawn workers refuse it (cloud-volume PR 691, reproduced blind)
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

_lock = None


def _init(lock):
    global _lock
    _lock = lock


def double(chunk):
    with _lock:
        return chunk * 2


def parallel_execution(chunks):
    lock = mp.Lock()
    context = mp.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=context, initializer=_init, initargs=(lock,)) as pool:  # [PKL006]
        return list(pool.map(double, chunks, timeout=60))


if __name__ == "__main__":
    print(parallel_execution([1, 2, 3]))

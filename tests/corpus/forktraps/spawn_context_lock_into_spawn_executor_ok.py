# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same executor built on get_context("spawn") with a Lock made by that context: the lock's context is the workers', whatever the platform's default
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
    context = mp.get_context("spawn")
    lock = context.Lock()
    with ProcessPoolExecutor(2, mp_context=context, initializer=_init, initargs=(lock,)) as pool:
        return list(pool.map(double, chunks, timeout=60))


if __name__ == "__main__":
    print(parallel_execution([1, 2, 3]))

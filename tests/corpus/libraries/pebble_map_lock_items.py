# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: pebble's ProcessPool.map pickles each item for the workers: a list of threading locks fails under every start method
import threading

from pebble import ProcessPool


def acquire_and_release(lock):
    with lock:
        return True


if __name__ == "__main__":
    locks = [threading.Lock() for _ in range(2)]
    with ProcessPool(max_workers=2) as pool:
        print(list(pool.map(acquire_and_release, locks, timeout=10).result()))  # [PKL004]

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: pebble 5's ProcessPool.submit(function, timeout, *args) sends its arguments through a pipe under every start method; one is a threading lock
import threading

from pebble import ProcessPool


def guarded(lock, value):
    return value * 2


if __name__ == "__main__":
    with ProcessPool(max_workers=1) as pool:
        print(pool.submit(guarded, None, threading.Lock(), 21).result(timeout=20))  # [PKL004]

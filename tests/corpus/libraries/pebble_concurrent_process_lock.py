# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: each call of a @concurrent.process function runs in a new process; its lock argument is pickled when that process is spawned (pebble issue 128)
import threading

from pebble import concurrent


@concurrent.process(timeout=20)
def guarded(lock):
    return 1


if __name__ == "__main__":
    print(guarded(threading.Lock()).result(timeout=20))  # [PKL004]

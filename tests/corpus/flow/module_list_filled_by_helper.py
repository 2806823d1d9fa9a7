# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a module-level list is filled with threading Events by a helper (no global statement needed to append), then mapped over
import multiprocessing
import threading

SIGNALS = []


def register(count):
    for _ in range(count):
        SIGNALS.append(threading.Event())


def check(signal):
    return signal.is_set()


if __name__ == "__main__":
    register(2)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(check, SIGNALS))  # [PKL004]

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a helper forwards its *args to apply_async; the caller packs a threading.Event into them
import multiprocessing
import threading


def run_later(pool, func, *args):
    return pool.apply_async(func, args)  # [PKL004]


def wait_for(flag, seconds):
    return flag.wait(seconds)


if __name__ == "__main__":
    ready = threading.Event()
    with multiprocessing.Pool(2) as pool:
        pending = run_later(pool, wait_for, ready, 0.1)
        print(pending.get(timeout=10))

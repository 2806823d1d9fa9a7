# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same helper forwarding *args that are plain numbers
import multiprocessing
import threading


def run_later(pool, func, *args):
    return pool.apply_async(func, args)


def wait_for(pause, seconds):
    return round(pause + seconds, 2)


if __name__ == "__main__":
    ready = 0.05
    with multiprocessing.Pool(2) as pool:
        pending = run_later(pool, wait_for, ready, 0.1)
        print(pending.get(timeout=10))

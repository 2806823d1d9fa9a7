# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a helper given a Manager dict proxy stores a threading Event in it with setdefault: the value is pickled to the manager process
import multiprocessing
import threading


def register(flags, name):
    return flags.setdefault(name, threading.Event())  # [PKL004]


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        flags = manager.dict()
        register(flags, "ready")
        print(dict(flags))

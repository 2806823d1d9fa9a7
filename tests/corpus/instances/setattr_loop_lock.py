# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: locks set with setattr(self, name, ...) in __init__ are state like any attribute
import multiprocessing
import threading


class Resources:
    def __init__(self, names):
        for name in names:
            setattr(self, name, threading.Lock())


def count(resources):
    print(len(vars(resources)))


if __name__ == "__main__":
    resources = Resources(["db", "cache"])
    p = multiprocessing.Process(target=count, args=(resources,))  # [PKL005]
    p.start()
    p.join()

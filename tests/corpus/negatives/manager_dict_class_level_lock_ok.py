# runtime: fork=ok spawn=ok forkserver=ok
# summary: storing an instance whose class (not instance) holds a lock in a Manager dict works
import multiprocessing
import threading


class Entry:
    lock = threading.Lock()

    def __init__(self, value):
        self.value = value


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        shared = manager.dict()
        shared["a"] = Entry(5)
        print(shared["a"].value)

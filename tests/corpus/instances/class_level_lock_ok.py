# runtime: fork=ok spawn=ok forkserver=ok
# summary: a lock stored on the class, not the instance, is not pickled with instances
import multiprocessing
import threading


class Counter:
    lock = threading.Lock()

    def __init__(self, start):
        self.value = start


def value(counter):
    with Counter.lock:
        return counter.value


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(value, [Counter(1), Counter(2)]))

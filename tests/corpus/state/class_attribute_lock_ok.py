# runtime: fork=ok spawn=ok forkserver=ok
# summary: a lock in a class attribute is not instance state; the instance pickles without it
import multiprocessing
import threading


class Worker:
    lock = threading.Lock()

    def run(self, x):
        return x + 1


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(Worker().run, range(3)))

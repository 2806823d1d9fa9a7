# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: the initializer idiom `def init(q): work.q = q` keeps the queue as an attribute of the worker function; the worker puts a result object holding a threading lock, which the feeder thread cannot pickle
import multiprocessing
import queue
import threading


class Result:
    def __init__(self, value):
        self.value = value
        self.guard = threading.Lock()


def init(q):
    work.q = q


def work(n):
    work.q.put(Result(n * n))  # [PKL005]


if __name__ == "__main__":
    q = multiprocessing.Queue()
    pool = multiprocessing.Pool(2, initializer=init, initargs=(q,))
    pool.map(work, range(2))
    pool.close()
    pool.join()  # the workers' feeder threads flush before they exit
    got = 0
    for _ in range(2):
        try:
            q.get(timeout=5)
            got += 1
        except queue.Empty:
            break
    print("results:", got)
    if got < 2:
        raise SystemExit("a result never arrived")

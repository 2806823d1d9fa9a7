# runtime: fork=ok spawn=ok forkserver=ok
# summary: the initializer idiom `def init(q): work.q = q` keeps the queue on the worker function; the worker puts plain tuples, so every result arrives
import multiprocessing
import queue


def init(q):
    work.q = q


def work(n):
    work.q.put((n, n * n))


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

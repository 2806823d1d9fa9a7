# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_queue.SimpleQueue' object
# summary: queue.SimpleQueue is a thread queue, not a multiprocessing one
import multiprocessing
import queue


def size(q):
    return q.qsize()


if __name__ == "__main__":
    q = queue.SimpleQueue()
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(size, (q,)))  # [PKL004]

# runtime: fork=ok spawn=ok forkserver=ok
# summary: an mp.Queue handed to executor workers through initargs is inherited and works
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def setup(queue):
    global QUEUE
    QUEUE = queue


def report(x):
    QUEUE.put(x * x)
    return x


if __name__ == "__main__":
    queue = multiprocessing.Queue()
    with ProcessPoolExecutor(2, initializer=setup, initargs=(queue,)) as executor:
        list(executor.map(report, range(3)))
    print(sorted(queue.get(timeout=10) for _ in range(3)))

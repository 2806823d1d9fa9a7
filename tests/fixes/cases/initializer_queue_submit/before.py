# runtime: fork=error spawn=error forkserver=error
# error-contains: Queue objects should only be shared between processes through inheritance
# summary: a multiprocessing Queue submitted to an executor task is handed over via initargs
# fix: PKL006 Hand the
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def produce(queue, n):
    queue.put(n * 10)
    return n


if __name__ == "__main__":
    queue = multiprocessing.Queue()
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(produce, queue, n) for n in range(3)]
        print(sorted(f.result() for f in futures))
    print(sorted(queue.get(timeout=10) for _ in range(3)))

# runtime: fork=error spawn=error forkserver=error
# error-contains: Queue objects should only be shared between processes through inheritance
# summary: a multiprocessing Queue submitted to an executor task is handed over via initargs
# fix: PKL006 Hand the
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


worker_queue = None


def init_worker(queue):
    global worker_queue
    worker_queue = queue


def produce(n):
    queue = worker_queue  # set in each worker process by init_worker
    queue.put(n * 10)
    return n


if __name__ == "__main__":
    queue = multiprocessing.Queue()
    with ProcessPoolExecutor(
        max_workers=2, initializer=init_worker, initargs=(queue,)
    ) as executor:
        futures = [executor.submit(produce, n) for n in range(3)]
        print(sorted(f.result() for f in futures))
    print(sorted(queue.get(timeout=10) for _ in range(3)))

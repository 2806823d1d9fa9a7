# runtime: fork=error spawn=error forkserver=error
# error-contains: Queue objects should only be shared between processes through inheritance
# summary: the queue becomes a Manager().Queue() proxy, which pickles as a task argument
# fix: PKL006 Create the Queue through a Manager()
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def produce(queue, n):
    queue.put(n + 1)


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        queue = manager.Queue()
        with ProcessPoolExecutor(max_workers=2) as executor:
            for future in [executor.submit(produce, queue, n) for n in range(3)]:
                future.result()
        print(sorted(queue.get(timeout=10) for _ in range(3)))

"""Processes whose target is a function defined in the script; results come back on a queue."""

import multiprocessing
import sys


def count_in_process(label, results):
    total = sum(range(20000))
    results.put((label, total))


if __name__ == "__main__":
    context = multiprocessing.get_context(sys.argv[1])
    results = context.Queue()
    workers = [context.Process(target=count_in_process, args=(i, results)) for i in range(3)]
    for worker in workers:
        worker.start()
    collected = sorted(results.get() for _ in workers)
    for worker in workers:
        worker.join()
    print(collected)

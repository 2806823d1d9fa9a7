"""A worker process that runs its own pool: the grandchildren must be profiled too."""

import multiprocessing
import sys


def leaf_in_grandchild(number):
    return sum(range(number * 1000))


def branch_in_child(method, results):
    with multiprocessing.get_context(method).Pool(2) as pool:
        results.put(pool.map(leaf_in_grandchild, range(4), chunksize=1))


if __name__ == "__main__":
    context = multiprocessing.get_context(sys.argv[1])
    results = context.Queue()
    child = context.Process(target=branch_in_child, args=(sys.argv[1], results))
    child.start()
    # Join first (the result is small): a child that failed must not leave us waiting forever.
    child.join()
    if child.exitcode != 0:
        sys.exit(f"the child process failed with exit code {child.exitcode}")
    print(results.get(timeout=10))

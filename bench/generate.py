"""Deterministic multiprocessing programs of a given size, for the LSP latency benchmark.

The program mixes what real code has: module-level workers, classes holding locks and files,
pools, executors and processes, plus a few real problems (lambdas, local functions, a lock in
instance state). `REVISION_<n> = <number>` lines are edit targets: rewriting the number is a
real code change that keeps the file valid.
"""

from __future__ import annotations

HEADER = '''\
"""A generated multiprocessing workload (picklecheck benchmark)."""

import collections
import functools
import json
import logging
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed

LOG = logging.getLogger(__name__)

'''

BLOCKS = (
    '''\
REVISION_{i} = {revision}


def square_{i}(value):
    """Square one value."""
    return value * value + REVISION_{i}


def run_squares_{i}(values):
    with multiprocessing.Pool(2) as pool:
        results = pool.map(square_{i}, values)
    return sum(results)

''',
    """\
REVISION_{i} = {revision}


class Counter{i}:
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()
        self.counts = collections.Counter()

    def add(self, word):
        with self.lock:
            self.counts[word] += 1


def count_words_{i}(words):
    counter = Counter{i}("words")
    with ProcessPoolExecutor() as executor:
        future = executor.submit(json.dumps, sorted(words))
        executor.submit(print, counter)
    return future.result()

""",
    """\
REVISION_{i} = {revision}


def scale_all_{i}(values, factor):
    def scale(value):
        return value * factor

    with multiprocessing.Pool() as pool:
        return pool.map(scale, values)


def offsets_{i}(values):
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(abs, v - REVISION_{i}) for v in values]
        return [f.result() for f in as_completed(futures)]

""",
    """\
REVISION_{i} = {revision}


def produce_{i}(queue, count):
    for number in range(count):
        queue.put({{"n": number, "pid": os.getpid()}})
    queue.put(None)


def start_producer_{i}(count):
    queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=produce_{i}, args=(queue, count))
    process.start()
    return queue, process

""",
    """\
REVISION_{i} = {revision}


def run_callbacks_{i}(items):
    with multiprocessing.Pool(processes=2) as pool:
        pending = pool.map_async(functools.partial(pow, 2), items)
        mapped = pool.imap_unordered(lambda item: item + 1, items)
        return pending.get(), list(mapped)


def threaded_{i}(items):
    with ThreadPoolExecutor() as executor:
        return list(executor.map(lambda item: item * 2, items))

""",
)

FOOTER = """\

if __name__ == "__main__":
    LOG.info("%s", run_squares_0(range(10)))
"""


def generate_program(target_lines: int) -> str:
    """A valid program of about `target_lines` lines (never fewer)."""
    parts = [HEADER]
    lines = HEADER.count("\n") + FOOTER.count("\n")
    index = 0
    while lines < target_lines:
        block = BLOCKS[index % len(BLOCKS)].format(i=index, revision=100_000 + index)
        parts.append(block)
        lines += block.count("\n")
        index += 1
    parts.append(FOOTER)
    return "".join(parts)


def revision_lines(program: str) -> list[int]:
    """0-based line numbers of the `REVISION_<n> = <number>` edit targets."""
    return [
        n for n, line in enumerate(program.splitlines()) if line.startswith("REVISION_")
    ]

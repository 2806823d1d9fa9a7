"""Each worker task spends three units of work in one function for every unit in another.

The two alternate in short rounds: a change of load on the machine while a task runs slows
both alike, so their CPU-time ratio stays 3:1.
"""

import multiprocessing
import sys

UNIT = 40_000
ROUNDS = 10


def spin(units):
    total = 0
    for number in range(units * UNIT):
        total += number & 7
    return total


def three_units_in_worker():
    return spin(3)


def one_unit_in_worker():
    return spin(1)


def task_in_worker(number):
    total = number
    for _ in range(ROUNDS):
        total += three_units_in_worker() + one_unit_in_worker()
    return total


if __name__ == "__main__":
    with multiprocessing.get_context(sys.argv[1]).Pool(2) as pool:
        print(len(pool.map(task_in_worker, range(4), chunksize=1)))

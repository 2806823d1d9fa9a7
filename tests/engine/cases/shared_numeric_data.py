# Marked: the same list of numbers of known type and size in every task.
import functools
import itertools
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

N = 4_000


def f(*args):
    return len(args)


def main():
    floats = [i / 3 for i in range(N)]
    ints = [i * 2 - 7 for i in range(1, 2 * N)]
    zeros = [0] * N
    literal = [1.5, 2.5, 3.5] * 400
    neg = [-1, 0, 1] * 500
    with mp.Pool(2) as pool:
        pool.starmap(f, [(i, floats) for i in range(10)])  # PKL013
        pool.starmap_async(f, ((i, ints) for i in range(10))).get()  # PKL013
        pool.map(functools.partial(f, zeros), range(5))  # PKL013
        list(pool.imap_unordered(functools.partial(f, 1, literal), range(5)))  # PKL013
        pool.map_async(functools.partial(f, neg), range(5)).get()  # PKL013
        for i in range(3):
            pool.apply_async(f, (zeros, i)).get()  # PKL013
            pool.apply_async(functools.partial(f, floats), (i,)).get()  # PKL013
        pool.apply(f, (floats, 1))  # ok
        pool.starmap(f, zip(range(3), itertools.repeat(floats)))  # PKL013
    with ProcessPoolExecutor(2) as ex:
        list(ex.map(functools.partial(f, ints), range(3)))  # PKL013
        [ex.submit(f, i, zeros) for i in range(3)]  # PKL013
        ex.submit(f, 1, zeros)  # ok
    print(len(floats), sum(ints), max(zeros), literal[0], neg[1])


def negatives():
    small = [0.5] * 999
    flags = [True, False] * 1_000
    mixed = [1, 2.0] * 1_000
    strings = ["a"] * 5_000
    unknown = list(range(int(input())))
    powers = [2**i for i in range(2_000)]
    rebound = [0.0] * 5_000
    rebound = [1.0] * 5_000
    mutated = [0.0] * 5_000
    mutated.append(1.0)
    handed_on = [0.0] * 5_000
    print(id(handed_on))
    filtered = [float(i) for i in range(5_000) if i % 2]
    with mp.Pool(2) as pool:
        pool.starmap(f, [(i, small) for i in range(3)])  # ok
        pool.starmap(f, [(i, flags) for i in range(3)])  # ok
        pool.starmap(f, [(i, mixed) for i in range(3)])  # ok
        pool.starmap(f, [(i, strings) for i in range(3)])  # ok
        pool.starmap(f, [(i, unknown) for i in range(3)])  # ok
        pool.starmap(f, [(i, powers) for i in range(3)])  # ok
        pool.starmap(f, [(i, rebound) for i in range(3)])  # ok
        pool.starmap(f, [(i, mutated) for i in range(3)])  # ok
        pool.starmap(f, [(i, handed_on) for i in range(3)])  # ok
        pool.starmap(f, [(i, filtered) for i in range(3)])  # ok
        for k in range(3):
            per_task = [float(k)] * 5_000
            pool.apply_async(f, (per_task,)).get()  # ok
        pool.starmap(f, [(row, row) for row in [[0.0] * 5_000] * 3])  # ok


if __name__ == "__main__":
    main()
    negatives()

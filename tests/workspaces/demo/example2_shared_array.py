"""Fails under every start method: a shared Array is sent as a Pool task argument.

RuntimeError: SynchronizedArray objects should only be shared between processes through
inheritance. picklecheck flags `shared_array` below; its quick fix passes the array through
the pool's initializer instead.
"""

import multiprocessing


def fill(i, shared_array):
    shared_array[i] = i * i


if __name__ == "__main__":
    shared_array = multiprocessing.Array("d", 10)
    with multiprocessing.Pool(2) as pool:
        pool.starmap(fill, [(i, shared_array) for i in range(10)])
    print(list(shared_array))

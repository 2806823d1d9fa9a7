# runtime: fork=error spawn=error forkserver=error
# error-contains: c_double objects should only be shared between processes through inheritance
# summary: a RawValue counter given to Pool.apply as a task argument: shared ctypes memory passes only to a child being started, never to a pool task
import multiprocessing
from multiprocessing.sharedctypes import RawValue


def scaled(total, factor):
    return total.value * factor


if __name__ == "__main__":
    total = RawValue("d", 1.5)
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(scaled, (total, 2)))  # [PKL006]

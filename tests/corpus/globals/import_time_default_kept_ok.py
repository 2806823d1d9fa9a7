# runtime: fork=ok spawn=ok forkserver=ok
# summary: the global has a usable value at import, which the main block only changes: a spawned child computes with the default (another result, no error)
import multiprocessing

FACTOR = 2


def scale(value):
    return value * FACTOR


if __name__ == "__main__":
    FACTOR = 3
    with multiprocessing.Pool(2) as pool:
        print(len(pool.map(scale, [1, 2, 3])))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the worker loads the class attribute itself when it is missing
import multiprocessing


class Shared:
    factor = None


def scale(value):
    if Shared.factor is None:
        Shared.factor = 3
    return value * Shared.factor


if __name__ == "__main__":
    Shared.factor = 3
    with multiprocessing.Pool(2) as pool:
        print(pool.map(scale, [1, 2, 3]))
